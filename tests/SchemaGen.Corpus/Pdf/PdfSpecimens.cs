using System;
using System.Collections.Generic;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Corpus.Pdf
{
    /// <summary>PDFs a reader must refuse or report rather than read: scanned pages (images, no text) and a password-protected file.</summary>
    public static class PdfSpecimens
    {
        /// <summary>Pages that hold only a grey image each, as a scanner produces them (no text layer). Seeded noise, so the same seed gives the same bytes.</summary>
        public static byte[] ScannedPages(int pageCount, int seed = 1)
        {
            var random = new Random(seed);
            var pages = new List<PdfCanvas>();
            for (int p = 0; p < pageCount; p++)
            {
                const int Width = 120, Height = 170;
                var pixels = new byte[Width * Height];
                for (int i = 0; i < pixels.Length; i++)
                {
                    // Paper white with dark "text lines" every few rows, and a little noise.
                    int row = i / Width;
                    bool ink = row % 9 < 2 && (i % Width) > 10 && (i % Width) < Width - 10 && random.Next(3) > 0;
                    pixels[i] = (byte)(ink ? random.Next(20, 90) : random.Next(225, 256));
                }
                var canvas = new PdfCanvas(595.28, 841.89);
                canvas.Image(new PdfGreyImage(Width, Height, pixels), 0, 0, 595.28, 841.89);
                pages.Add(canvas);
            }
            return PdfPages.Assemble(pages);
        }

        /// <summary>
        /// One page that no report has: <paramref name="letters"/> letters in a dense grid and <paramref name="segments"/>
        /// short ruling lines (a hatched drawing), to show that reading stays bounded.
        /// </summary>
        public static byte[] Pathological(int letters, int segments)
        {
            var canvas = new PdfCanvas(595.28, 841.89);
            const int PerLine = 200;
            for (int i = 0; i < letters; i += PerLine)
            {
                double y = 20 + (i / PerLine) % 800;
                canvas.Text(10, y, 2, new string('图', Math.Min(PerLine, letters - i)));
            }
            for (int i = 0; i < segments; i++)
            {
                double x = 10 + i % 570, y = 10 + (i / 570) % 820;
                if (i % 2 == 0) canvas.Line(x, y, x + 3, y, 0.1);
                else canvas.Line(x, y, x, y + 3, 0.1);
            }
            return PdfPages.Assemble(new[] { canvas });
        }

        /// <summary>
        /// <paramref name="pages"/> pages, each ruled as a lattice of <paramref name="rules"/> horizontal and
        /// <paramref name="rules"/> vertical lines across it, a figure in every <paramref name="figureEvery"/>th box of the
        /// first column: a ruled table of (rules − 1)² boxes a page, far more than any report, to show that reading it
        /// stays bounded.
        /// </summary>
        public static byte[] DenseLattice(int rules, int pages = 1, int figureEvery = 10)
        {
            var canvases = new List<PdfCanvas>();
            for (int p = 0; p < pages; p++) canvases.Add(LatticePage(rules, figureEvery));
            return PdfPages.Assemble(canvases);
        }

        private static PdfCanvas LatticePage(int rules, int figureEvery)
        {
            var canvas = new PdfCanvas(595.28, 841.89);
            const double Left = 20, Bottom = 20, Width = 555, Height = 800;
            double dx = Width / (rules - 1), dy = Height / (rules - 1);
            for (int i = 0; i < rules; i++)
            {
                canvas.Line(Left, Bottom + i * dy, Left + Width, Bottom + i * dy, 0.1);
                canvas.Line(Left + i * dx, Bottom, Left + i * dx, Bottom + Height, 0.1);
            }
            for (int r = 0; r < rules - 1; r += figureEvery)
                canvas.Text(Left + 0.2 * dx, Bottom + Height - (r + 0.8) * dy, Math.Min(6, 0.6 * dy), "7");
            return canvas;
        }

        /// <summary>
        /// The document as <see cref="PdfReportWriter"/> writes it, encrypted with the PDF standard security handler
        /// (revision 2, RC4 with a 40-bit key) under a user password: without the password its text cannot be read.
        /// </summary>
        public static byte[] PasswordProtected(Document document, string userPassword, PdfLayoutOptions? options = null)
            => PdfReportWriter.Write(document, options, new PdfEncryption(userPassword));
    }
}
