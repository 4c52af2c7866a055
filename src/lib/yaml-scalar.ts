/** A YAML scalar: plain when YAML reads it back as the same string, else double-quoted. */
export function yamlScalar(value: string | boolean): string {
  if (typeof value === 'boolean') return String(value);
  const dateLike = /^\d{4}-\d{2}-\d{2}$/u.test(value);
  const plainSafe =
    value !== '' &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`~]/u.test(value) &&
    !/[:#]\s|\s#|:$|\s$|[\n\t]/u.test(value) &&
    !/^(?:true|false|yes|no|on|off|null|~|[-+]?\d[\d_.:e+-]*)$/iu.test(value);
  return dateLike || plainSafe ? value : JSON.stringify(value);
}
