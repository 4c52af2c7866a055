import type { APIRoute } from 'astro';
import { atomResponse } from '../data/feeds.ts';

export const GET: APIRoute = () => atomResponse();
