using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace SchemaGen.Corpus.Pdf
{
    /// <summary>
    /// The bytes of a PDF file: numbered objects, a cross-reference table and a trailer, written in the order they
    /// were added. Nothing varies between runs (no dates, no document id), so the same pages give the same bytes.
    /// Streams are stored uncompressed: the corpus PDFs are small and stay readable in a text editor.
    /// </summary>
    internal sealed class PdfFileWriter
    {
        private readonly List<byte[]> _objects = new List<byte[]>();
        private readonly PdfEncryption? _encryption;

        /// <param name="encryption">When given, every string and stream is encrypted and the trailer says how.</param>
        public PdfFileWriter(PdfEncryption? encryption = null) => _encryption = encryption;

        /// <summary>Reserves an object number to be filled later with <see cref="Set"/> (pages refer to their parent before it is written).</summary>
        public int Reserve()
        {
            _objects.Add(Array.Empty<byte>());
            return _objects.Count;
        }

        public int Add(string dictionaryOrValue) => Set(Reserve(), dictionaryOrValue);

        public int AddStream(string dictionaryEntries, byte[] data) => SetStream(Reserve(), dictionaryEntries, data);

        public int Set(int number, string dictionaryOrValue)
        {
            _objects[number - 1] = Latin1(_encryption is null ? dictionaryOrValue : EncryptStrings(number, dictionaryOrValue));
            return number;
        }

        // The writer's dictionaries hold only simple literal strings ("(Adobe)"); each becomes an encrypted hex string.
        private string EncryptStrings(int number, string dictionary)
            => System.Text.RegularExpressions.Regex.Replace(dictionary, @"\(([^()\\]*)\)", m => PdfEncryption.Hex(_encryption!.Encrypt(number, Latin1(m.Groups[1].Value))));

        public int SetStream(int number, string dictionaryEntries, byte[] data)
        {
            var body = new MemoryStream();
            if (_encryption is not null) data = _encryption.Encrypt(number, data);
            body.Write(Latin1("<< " + dictionaryEntries + " /Length " + Number(data.Length) + " >>\nstream\n"));
            body.Write(data);
            body.Write(Latin1("\nendstream"));
            _objects[number - 1] = body.ToArray();
            return number;
        }

        public byte[] Write(int catalog)
        {
            var file = new MemoryStream();
            // The binary comment line tells transfer tools the file is binary, as the PDF standard recommends.
            file.Write(Latin1("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n"));
            var offsets = new long[_objects.Count];
            for (int i = 0; i < _objects.Count; i++)
            {
                offsets[i] = file.Position;
                file.Write(Latin1(Number(i + 1) + " 0 obj\n"));
                file.Write(_objects[i]);
                file.Write(Latin1("\nendobj\n"));
            }
            long xref = file.Position;
            var table = new StringBuilder();
            table.Append("xref\n0 ").Append(Number(_objects.Count + 1)).Append('\n');
            table.Append("0000000000 65535 f \n");
            foreach (long offset in offsets) table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
            table.Append("trailer\n<< /Size ").Append(Number(_objects.Count + 1)).Append(" /Root ").Append(Reference(catalog));
            if (_encryption is not null) table.Append(" /Encrypt ").Append(_encryption.EncryptDictionary).Append(" /ID ").Append(_encryption.IdArray);
            table.Append(" >>\n");
            table.Append("startxref\n").Append(xref.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
            file.Write(Latin1(table.ToString()));
            return file.ToArray();
        }

        public static string Reference(int number) => Number(number) + " 0 R";

        public static string Number(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

        public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
    }
}
