using System.Collections.Generic;
using System.Text;

namespace SchemaGen.Corpus.Pdf
{
    /// <summary>One page's drawing: text in the corpus font, ruling lines and grey images, in PDF user space (points, origin bottom left).</summary>
    internal sealed class PdfCanvas
    {
        private readonly StringBuilder _content = new StringBuilder();

        public PdfCanvas(double width, double height)
        {
            Width = width;
            Height = height;
        }

        public double Width { get; }

        public double Height { get; }

        /// <summary>The page is stored as a portrait page turned a quarter: this canvas is the landscape drawing.</summary>
        public bool Turned { get; init; }

        /// <summary>Grey images drawn on the page, by their resource name.</summary>
        public IList<PdfGreyImage> Images { get; } = new List<PdfGreyImage>();

        /// <summary>Writes <paramref name="text"/> with its baseline starting at (x, y).</summary>
        public void Text(double x, double y, double size, string text)
        {
            if (text.Length == 0) return;
            _content.Append("BT /").Append(PdfCjkFont.ResourceName).Append(' ').Append(N(size)).Append(" Tf ")
                .Append(N(x)).Append(' ').Append(N(y)).Append(" Td ").Append(PdfCjkFont.Encode(text)).Append(" Tj ET\n");
        }

        /// <summary>A stroked straight line, as word processors draw table borders.</summary>
        public void Line(double x1, double y1, double x2, double y2, double width = 0.5)
        {
            _content.Append(N(width)).Append(" w ").Append(N(x1)).Append(' ').Append(N(y1)).Append(" m ")
                .Append(N(x2)).Append(' ').Append(N(y2)).Append(" l S\n");
        }

        /// <summary>A filled rectangle, as browsers draw table borders (thin filled bars).</summary>
        public void FilledRectangle(double x, double y, double width, double height)
        {
            _content.Append(N(x)).Append(' ').Append(N(y)).Append(' ').Append(N(width)).Append(' ').Append(N(height)).Append(" re f\n");
        }

        /// <summary>Paints a grey image over the box (a scanned page is one such image).</summary>
        public void Image(PdfGreyImage image, double x, double y, double width, double height)
        {
            Images.Add(image);
            _content.Append("q ").Append(N(width)).Append(" 0 0 ").Append(N(height)).Append(' ').Append(N(x)).Append(' ').Append(N(y))
                .Append(" cm /Im").Append(Images.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" Do Q\n");
        }

        // A turned page maps the landscape drawing onto the portrait media box: (x, y) → (height − y, x).
        public byte[] ContentBytes() => PdfFileWriter.Latin1(Turned ? "q 0 1 -1 0 " + N(Height) + " 0 cm\n" + _content + "Q\n" : _content.ToString());

        private static string N(double value) => PdfFileWriter.Number(value);
    }

    /// <summary>An 8-bit grey raster, stored uncompressed.</summary>
    internal sealed class PdfGreyImage
    {
        public PdfGreyImage(int width, int height, byte[] pixels)
        {
            PixelWidth = width;
            PixelHeight = height;
            Pixels = pixels;
        }

        public int PixelWidth { get; }
        public int PixelHeight { get; }
        public byte[] Pixels { get; }
    }
}
