using System;
using System.Collections.Generic;
using System.Text;

namespace SchemaGen.Documents.Text
{
    /// <summary>
    /// Charset labels as web pages and detectors write them, mapped to .NET encodings the way the WHATWG Encoding
    /// standard maps labels to encodings, with one deliberate difference: every GB label (gb2312, gbk, x-gbk, gb18030,
    /// chinese, …) decodes with GB18030, the superset, so that a page labelled gb2312 that uses GBK or GB18030
    /// characters (as many do) still decodes without loss.
    /// </summary>
    public static class EncodingLabels
    {
        public const int Gb18030CodePage = 54936;
        public const int Big5CodePage = 950;

        private static readonly Dictionary<string, int> CodePageByLabel = BuildTable();

        static EncodingLabels() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        /// <summary>The encoding a label names, or null when the label names none that .NET can decode.</summary>
        public static Encoding? Resolve(string? label)
        {
            if (label is null) return null;
            string key = label.Trim().ToLowerInvariant();
            if (key.Length == 0) return null;
            try
            {
                if (CodePageByLabel.TryGetValue(key, out int codePage)) return Encoding.GetEncoding(codePage);
                // Labels outside the table (iso-8859-5, koi8-r, windows-1251, …): .NET knows most of them by name.
                return Encoding.GetEncoding(key);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
            {
                return null;
            }
        }

        /// <summary>The encoding's usual name in messages: "UTF-8", "GB18030", "Big5", "windows-1252".</summary>
        public static string DisplayName(Encoding encoding)
        {
            switch (encoding.CodePage)
            {
                case 65001: return "UTF-8";
                case 1200: return "UTF-16LE";
                case 1201: return "UTF-16BE";
                case Gb18030CodePage: return "GB18030";
                case Big5CodePage: return "Big5";
                case 932: return "Shift_JIS";
                case 949: return "EUC-KR";
                default: return encoding.WebName;
            }
        }

        /// <summary>Whether one character can take more than one byte: the encodings that bytes can contradict.</summary>
        public static bool IsMultiByte(Encoding encoding) => !encoding.IsSingleByte;

        /// <summary>UTF-8, UTF-16 and GB18030 encode every Unicode character; a page in them loses nothing.</summary>
        internal static bool IsUnicode(Encoding encoding) => encoding.CodePage is 65001 or 1200 or 1201 or Gb18030CodePage;

        private static Dictionary<string, int> BuildTable()
        {
            var table = new Dictionary<string, int>(StringComparer.Ordinal);
            void Add(int codePage, params string[] labels)
            {
                foreach (string label in labels) table[label] = codePage;
            }
            Add(65001, "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8");
            Add(Gb18030CodePage, "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk",
                "gb18030", "cp936", "ms936", "windows-936", "euc-cn", "x-euc-cn");
            Add(Big5CodePage, "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950");
            Add(1200, "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le");
            Add(1201, "unicodefffe", "utf-16be");
            Add(1252, "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
                "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252");
            Add(932, "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis");
            Add(949, "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949");
            Add(51932, "cseucpkdfmtjapanese", "euc-jp", "x-euc-jp");
            return table;
        }
    }
}
