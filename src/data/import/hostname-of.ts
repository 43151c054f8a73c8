/** "https://www.example.com/a" -> "example.com": a readable title for an untitled source. */
export function hostnameOf(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, '') : url;
}
