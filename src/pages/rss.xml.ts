import type { APIRoute } from 'astro';
import { rssResponse } from '../data/feeds.ts';

export const GET: APIRoute = () => rssResponse();
