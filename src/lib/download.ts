/**
 * Hands a file made in the page to the browser's download; nothing leaves the machine. The object URL is revoked
 * once the browser has had time to start the download.
 * @example download(new Blob([json], { type: 'application/json' }), 'answers.json')
 */
export function download(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
