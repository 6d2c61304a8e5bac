/** Node-side: print the report HTML to an A4 PDF with page numbers in the footer. */
import { withPage } from './chromium.ts';

const FOOTER =
  '<div style="font-size:8px;width:100%;text-align:center;color:#666;font-family:sans-serif">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

export async function htmlToPdf(html: string): Promise<Uint8Array> {
  return withPage(html, async (page) => {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: FOOTER,
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
      preferCSSPageSize: false,
    });
    return new Uint8Array(pdf);
  });
}
