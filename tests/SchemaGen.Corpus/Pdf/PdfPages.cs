using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SchemaGen.Corpus.Pdf
{
    /// <summary>Assembles drawn pages into a PDF file: catalog, page tree, the one font, each page's content and images.</summary>
    internal static class PdfPages
    {
        public static byte[] Assemble(IReadOnlyList<PdfCanvas> pages, PdfEncryption? encryption = null)
        {
            var file = new PdfFileWriter(encryption);
            int catalog = file.Reserve();
            int pageTree = file.Reserve();
            int font = PdfCjkFont.WriteTo(file);
            var kids = new List<string>();
            foreach (PdfCanvas page in pages)
            {
                var images = new StringBuilder();
                for (int i = 0; i < page.Images.Count; i++)
                {
                    PdfGreyImage image = page.Images[i];
                    int imageObject = file.AddStream(
                        "/Type /XObject /Subtype /Image /Width " + Int(image.PixelWidth) + " /Height " + Int(image.PixelHeight)
                        + " /ColorSpace /DeviceGray /BitsPerComponent 8", image.Pixels);
                    images.Append(" /Im").Append(Int(i + 1)).Append(' ').Append(PdfFileWriter.Reference(imageObject));
                }
                int content = file.AddStream("", page.ContentBytes());
                string resources = "<< /Font << /" + PdfCjkFont.ResourceName + " " + PdfFileWriter.Reference(font) + " >>"
                    + (images.Length > 0 ? " /XObject <<" + images + " >>" : "") + " >>";
                (double width, double height) = page.Turned ? (page.Height, page.Width) : (page.Width, page.Height);
                int pageObject = file.Add(
                    "<< /Type /Page /Parent " + PdfFileWriter.Reference(pageTree) + " /MediaBox [0 0 " + PdfFileWriter.Number(width) + " "
                    + PdfFileWriter.Number(height) + "]" + (page.Turned ? " /Rotate 90" : "") + " /Resources " + resources + " /Contents " + PdfFileWriter.Reference(content) + " >>");
                kids.Add(PdfFileWriter.Reference(pageObject));
            }
            file.Set(pageTree, "<< /Type /Pages /Kids [" + string.Join(" ", kids) + "] /Count " + Int(kids.Count) + " >>");
            file.Set(catalog, "<< /Type /Catalog /Pages " + PdfFileWriter.Reference(pageTree) + " >>");
            return file.Write(catalog);
        }

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
