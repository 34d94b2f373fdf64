using System.Globalization;
using System.Text;

namespace SchemaGen.Corpus.Pdf
{
    /// <summary>
    /// The one font of the corpus PDFs: a composite (Type0) font over a CIDFontType2 descendant with Identity-H
    /// encoding, where each character's CID is its UTF-16 code unit. It carries advance widths (<c>/W</c>) and a
    /// ToUnicode map, which is all a text extractor needs for the letters and their positions; the font program is not
    /// embedded (viewers substitute a CJK font), which keeps the files small and needs no font file at build time.
    /// </summary>
    internal static class PdfCjkFont
    {
        public const string ResourceName = "F1";

        /// <summary>The name viewers look for when they substitute a font; Noto Sans CJK is what Debian installs.</summary>
        private const string BaseFont = "NotoSansCJKsc-Regular";

        /// <summary>Advance width in thousandths of the font size: ASCII is half width, everything else (CJK, full-width punctuation) full width.</summary>
        public static int Advance(char c) => c >= ' ' && c <= '~' ? 500 : 1000;

        public static double Width(string text, double size)
        {
            double sum = 0;
            foreach (char c in text) sum += Advance(c);
            return sum * size / 1000;
        }

        /// <summary>The string operand of a <c>Tj</c>: two bytes per character (Identity-H), in hex.</summary>
        public static string Encode(string text)
        {
            var hex = new StringBuilder(text.Length * 4 + 2).Append('<');
            foreach (char c in text)
            {
                char code = char.IsSurrogate(c) || c < ' ' ? '?' : c;
                hex.Append(((int)code).ToString("X4", CultureInfo.InvariantCulture));
            }
            return hex.Append('>').ToString();
        }

        /// <summary>Writes the font's objects and returns the number of the Type0 font object.</summary>
        public static int WriteTo(PdfFileWriter file)
        {
            int toUnicode = file.AddStream("", PdfFileWriter.Latin1(ToUnicodeCMap()));
            int descriptor = file.Add(
                "<< /Type /FontDescriptor /FontName /" + BaseFont + " /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 "
                + "/Ascent 880 /Descent -120 /CapHeight 733 /StemV 80 >>");
            int descendant = file.Add(
                "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + BaseFont + " "
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                + "/FontDescriptor " + PdfFileWriter.Reference(descriptor) + " /CIDToGIDMap /Identity "
                + "/DW 1000 /W [32 126 500] >>");
            return file.Add(
                "<< /Type /Font /Subtype /Type0 /BaseFont /" + BaseFont + " /Encoding /Identity-H "
                + "/DescendantFonts [" + PdfFileWriter.Reference(descendant) + "] /ToUnicode " + PdfFileWriter.Reference(toUnicode) + " >>");
        }

        // CID = UTF-16 code unit, so the whole basic plane maps onto itself: one range per high byte (a bfrange may
        // only vary in its last byte).
        private static string ToUnicodeCMap()
        {
            var cmap = new StringBuilder();
            cmap.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
            cmap.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
            cmap.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
            cmap.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
            // Surrogate high bytes (D8-DF) are left out: Encode never writes them.
            var highBytes = new System.Collections.Generic.List<int>();
            for (int high = 0; high <= 0xFF; high++)
                if (high < 0xD8 || high > 0xDF) highBytes.Add(high);
            for (int start = 0; start < highBytes.Count; start += 100)
            {
                int count = System.Math.Min(100, highBytes.Count - start);
                cmap.Append(count.ToString(CultureInfo.InvariantCulture)).Append(" beginbfrange\n");
                for (int i = start; i < start + count; i++)
                {
                    string high = highBytes[i].ToString("X2", CultureInfo.InvariantCulture);
                    cmap.Append('<').Append(high).Append("00> <").Append(high).Append("FF> <").Append(high).Append("00>\n");
                }
                cmap.Append("endbfrange\n");
            }
            cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
            return cmap.ToString();
        }
    }
}
