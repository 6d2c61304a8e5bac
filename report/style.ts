/** The report's inline stylesheet: screen and print (A4, rows never split across pages). */
import { CJK_FONT_STACK } from './palette.ts';

export const REPORT_CSS = `
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
body { font-family: ${CJK_FONT_STACK}; color: #222; margin: 0 auto; max-width: 190mm; padding: 8mm 4mm;
  line-height: 1.55; font-size: 10.5pt; background: #fff; }
h1 { font-size: 20pt; margin: 0 0 4mm; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; border-bottom: 1px solid #ccc; padding-bottom: 1mm; break-after: avoid; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0 0 4mm; }
dl.meta dt { font-weight: bold; color: #555; }
dl.meta dd { margin: 0; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; font-size: 9.5pt; }
thead { display: table-header-group; }
th, td { border: 1px solid #ccc; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
tr, li, figure { break-inside: avoid; page-break-inside: avoid; }
td ul { margin: 0; padding-left: 4mm; }
sup { font-size: 7pt; line-height: 0; }
sup a { color: #0b5cad; text-decoration: none; }
.swatch { display: inline-block; width: 3mm; height: 3mm; border-radius: 50%; margin-right: 1.5mm; vertical-align: middle; }
figure { margin: 0; }
figure svg { width: 100%; height: auto; max-height: 235mm; border: 1px solid #eee; }
figcaption { font-size: 9pt; color: #666; }
ol.notes, ol.sources { font-size: 9pt; padding-left: 8mm; }
.muted { color: #888; }
.former { color: #888; font-size: 8.5pt; }
`;
