using System;
using System.Text;
using SchemaGen.Corpus.Layout;

namespace SchemaGen.Corpus.Writers
{
    /// <summary>Which legacy binary format the file pretends to be.</summary>
    public enum LegacyOfficeKind
    {
        /// <summary>Word 97–2003 (.doc).</summary>
        Doc,
        /// <summary>Kingsoft WPS Writer (.wps), the same compound-file container.</summary>
        Wps,
    }

    /// <summary>
    /// A legacy Word (.doc) or WPS (.wps) file for negative tests: an OLE compound file (signature D0 CF 11 E0 A1 B1 1A E1)
    /// with a valid header, FAT and directory, holding one "WordDocument" stream that begins with a Word FIB identifier and
    /// carries the report's text. Readers must say the format is not supported (and how to convert it), not read garbage.
    /// </summary>
    public sealed class LegacyOfficeWriter : ReportWriter
    {
        private const int SectorSize = 512;
        private const uint FreeSector = 0xFFFFFFFF, EndOfChain = 0xFFFFFFFE, FatSector = 0xFFFFFFFD;

        public static readonly byte[] CompoundFileSignature = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

        private readonly LegacyOfficeKind _kind;

        public LegacyOfficeWriter(LegacyOfficeKind kind) => _kind = kind;

        public override WrittenReport Write(WriteContext context)
        {
            var text = new StringBuilder();
            foreach (LayoutBlock block in context.Layout.Blocks)
                if (block is LayoutParagraph paragraph) text.Append(paragraph.Text).Append('\r');
            byte[] stream = WordDocumentStream(text.ToString());
            int streamSectors = (stream.Length + SectorSize - 1) / SectorSize;
            var file = new byte[SectorSize * (1 + 2 + streamSectors)]; // header, FAT, directory, stream
            WriteHeader(file);
            WriteFat(file, streamSectors);
            WriteDirectory(file, stream.Length);
            Array.Copy(stream, 0, file, SectorSize * 3, stream.Length);
            return new WrittenReport(file, null, null);
        }

        /// <summary>A stream at least 4096 bytes long (so it lives in regular sectors), starting with the FIB identifier 0xA5EC (Word) or 0xA5DC.</summary>
        private byte[] WordDocumentStream(string text)
        {
            byte[] utf16 = Encoding.Unicode.GetBytes(text);
            var stream = new byte[Math.Max(4096, 0x200 + utf16.Length)];
            ushort ident = _kind == LegacyOfficeKind.Doc ? (ushort)0xA5EC : (ushort)0xA5DC;
            BitConverter.TryWriteBytes(new Span<byte>(stream, 0, 2), ident);
            BitConverter.TryWriteBytes(new Span<byte>(stream, 2, 2), (ushort)0x00C1); // nFib of Word 97
            Array.Copy(utf16, 0, stream, 0x200, utf16.Length);
            return stream;
        }

        private static void WriteHeader(byte[] file)
        {
            Array.Copy(CompoundFileSignature, file, CompoundFileSignature.Length);
            Put16(file, 0x18, 0x003E); // minor version
            Put16(file, 0x1A, 0x0003); // major version 3: 512-byte sectors
            Put16(file, 0x1C, 0xFFFE); // little-endian
            Put16(file, 0x1E, 9);      // sector shift: 2^9
            Put16(file, 0x20, 6);      // mini sector shift: 2^6
            Put32(file, 0x2C, 1);      // FAT sectors
            Put32(file, 0x30, 1);      // first directory sector
            Put32(file, 0x38, 0x1000); // mini stream cutoff
            Put32(file, 0x3C, EndOfChain); // no mini FAT
            Put32(file, 0x44, EndOfChain); // no DIFAT sectors
            Put32(file, 0x4C, 0);      // DIFAT[0]: the FAT is sector 0
            for (int i = 1; i < 109; i++) Put32(file, 0x4C + 4 * i, FreeSector);
        }

        private static void WriteFat(byte[] file, int streamSectors)
        {
            int fat = SectorSize;
            for (int i = 0; i < SectorSize / 4; i++) Put32(file, fat + 4 * i, FreeSector);
            Put32(file, fat, FatSector);
            Put32(file, fat + 4, EndOfChain); // directory: one sector
            for (int s = 0; s < streamSectors; s++) Put32(file, fat + 4 * (2 + s), s == streamSectors - 1 ? EndOfChain : (uint)(3 + s));
        }

        private static void WriteDirectory(byte[] file, int streamLength)
        {
            int directory = SectorSize * 2;
            WriteEntry(file, directory, "Root Entry", type: 5, child: 1, start: EndOfChain, size: 0);
            WriteEntry(file, directory + 128, "WordDocument", type: 2, child: FreeSector, start: 2, size: (uint)streamLength);
            for (int i = 2; i < 4; i++) WriteEntry(file, directory + 128 * i, "", type: 0, child: FreeSector, start: 0, size: 0);
        }

        private static void WriteEntry(byte[] file, int at, string name, byte type, uint child, uint start, uint size)
        {
            byte[] utf16 = Encoding.Unicode.GetBytes(name);
            Array.Copy(utf16, 0, file, at, utf16.Length);
            Put16(file, at + 0x40, (ushort)(name.Length == 0 ? 0 : utf16.Length + 2));
            file[at + 0x42] = type;
            file[at + 0x43] = 1; // black
            Put32(file, at + 0x44, FreeSector); // left sibling
            Put32(file, at + 0x48, FreeSector); // right sibling
            Put32(file, at + 0x4C, child);
            Put32(file, at + 0x74, start);
            Put32(file, at + 0x78, size);
        }

        private static void Put16(byte[] file, int at, ushort value) => BitConverter.TryWriteBytes(new Span<byte>(file, at, 2), value);

        private static void Put32(byte[] file, int at, uint value) => BitConverter.TryWriteBytes(new Span<byte>(file, at, 4), value);
    }
}
