using System;
using System.Buffers.Binary;
using System.Text;

namespace SchemaGen.Documents.Tests.Word
{
    /// <summary>
    /// Writes the smallest valid OLE compound file ([MS-CFB] version 3, 512-byte sectors) whose directory lists the
    /// given streams: a header, one FAT sector, one directory sector. The streams are empty: readers that sort inputs
    /// by their container look at names only (<c>WordDocument</c> for .doc and .wps, <c>EncryptedPackage</c> for a
    /// password-protected .docx).
    /// </summary>
    internal static class CompoundFileBuilder
    {
        private const uint FreeSector = 0xFFFFFFFF;
        private const uint EndOfChain = 0xFFFFFFFE;
        private const uint FatSector = 0xFFFFFFFD;
        private const uint NoStream = 0xFFFFFFFF;

        /// <param name="streamNames">Up to three stream names (one directory sector holds the root and three more entries).</param>
        public static byte[] Build(params string[] streamNames)
        {
            if (streamNames.Length > 3) throw new ArgumentException("At most three streams fit the one directory sector.", nameof(streamNames));
            var file = new byte[512 * 3];
            Span<byte> header = file.AsSpan(0, 512);
            new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
            BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(0x18), 0x003E);
            BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(0x1A), 3);
            BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(0x1C), 0xFFFE);
            BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(0x1E), 9);
            BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(0x20), 6);
            BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(0x2C), 1);          // FAT sectors
            BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(0x30), 1);          // first directory sector
            BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(0x38), 4096);       // mini stream cutoff
            BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(0x3C), EndOfChain); // no mini FAT
            BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(0x44), EndOfChain); // no DIFAT sectors
            for (int i = 0; i < 109; i++) BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(0x4C + i * 4), i == 0 ? 0 : FreeSector);

            Span<byte> fat = file.AsSpan(512, 512);
            for (int i = 0; i < 128; i++) BinaryPrimitives.WriteUInt32LittleEndian(fat.Slice(i * 4), i == 0 ? FatSector : i == 1 ? EndOfChain : FreeSector);

            Span<byte> directory = file.AsSpan(1024, 512);
            WriteEntry(directory.Slice(0, 128), "Root Entry", type: 5, rightSibling: NoStream, child: streamNames.Length > 0 ? 1u : NoStream);
            for (int i = 0; i < streamNames.Length; i++)
                WriteEntry(directory.Slice((i + 1) * 128, 128), streamNames[i], type: 2, rightSibling: i + 1 < streamNames.Length ? (uint)(i + 2) : NoStream, child: NoStream);
            return file;
        }

        private static void WriteEntry(Span<byte> entry, string name, byte type, uint rightSibling, uint child)
        {
            byte[] encoded = Encoding.Unicode.GetBytes(name);
            encoded.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry.Slice(64), (ushort)(encoded.Length + 2));
            entry[66] = type;
            entry[67] = 1; // black
            BinaryPrimitives.WriteUInt32LittleEndian(entry.Slice(68), NoStream);      // left sibling
            BinaryPrimitives.WriteUInt32LittleEndian(entry.Slice(72), rightSibling);
            BinaryPrimitives.WriteUInt32LittleEndian(entry.Slice(76), child);
            BinaryPrimitives.WriteUInt32LittleEndian(entry.Slice(116), EndOfChain);   // starting sector: the stream is empty
        }
    }
}
