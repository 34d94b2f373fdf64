using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;

namespace SchemaGen.Documents.Word
{
    /// <summary>
    /// Lists the stream and storage names of an OLE compound file ([MS-CFB]), the container of legacy Word <c>.doc</c>,
    /// WPS <c>.wps</c> and password-protected Office Open XML files, straight from the bytes. Only the names are needed
    /// to tell these apart (<c>WordDocument</c>, <c>EncryptedPackage</c>); no stream is read.
    /// </summary>
    internal static class CompoundFileDirectory
    {
        private static readonly byte[] Signature = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        private const uint EndOfChain = 0xFFFFFFFE;
        private const int HeaderDifatEntries = 109;
        private const int DirectoryEntryLength = 128;

        public static bool HasSignature(byte[] content) => content.Length >= Signature.Length && content.AsSpan(0, Signature.Length).SequenceEqual(Signature);

        /// <summary>The names in the directory, or null when the header or the directory chain is damaged.</summary>
        public static IReadOnlyCollection<string>? TryReadNames(byte[] content)
        {
            if (!HasSignature(content) || content.Length < 512) return null;
            int sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(content.AsSpan(0x1E));
            if (sectorShift != 9 && sectorShift != 12) return null;
            int sectorSize = 1 << sectorShift;
            long sectorCount = (content.Length - sectorSize) / sectorSize + 1;
            uint firstDirectorySector = BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(0x30));

            List<uint>? fat = ReadFat(content, sectorSize, sectorCount);
            if (fat is null) return null;

            var names = new HashSet<string>(StringComparer.Ordinal);
            uint sector = firstDirectorySector;
            // A chain longer than the file has sectors loops; stop there.
            for (long steps = 0; sector != EndOfChain && steps < sectorCount; steps++)
            {
                long start = (sector + 1L) * sectorSize;
                if (sector >= fat.Count || start + sectorSize > content.Length) return names.Count > 0 ? names : null;
                for (int entry = 0; entry < sectorSize / DirectoryEntryLength; entry++)
                {
                    ReadOnlySpan<byte> record = content.AsSpan((int)start + entry * DirectoryEntryLength, DirectoryEntryLength);
                    byte type = record[66];
                    int nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(record.Slice(64));
                    if (type == 0 || nameBytes < 2 || nameBytes > 64) continue;
                    names.Add(Encoding.Unicode.GetString(record.Slice(0, nameBytes - 2)));
                }
                sector = fat[(int)sector];
            }
            return names;
        }

        /// <summary>The file allocation table, gathered from the header's DIFAT entries and the DIFAT chain.</summary>
        private static List<uint>? ReadFat(byte[] content, int sectorSize, long sectorCount)
        {
            var fatSectors = new List<uint>();
            for (int i = 0; i < HeaderDifatEntries; i++)
            {
                uint sector = BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(0x4C + i * 4));
                if (sector < sectorCount) fatSectors.Add(sector);
            }
            uint difat = BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(0x44));
            int perDifatSector = sectorSize / 4 - 1;
            for (long steps = 0; difat < sectorCount && steps < sectorCount; steps++)
            {
                long start = (difat + 1L) * sectorSize;
                if (start + sectorSize > content.Length) break;
                for (int i = 0; i < perDifatSector; i++)
                {
                    uint sector = BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan((int)start + i * 4));
                    if (sector < sectorCount) fatSectors.Add(sector);
                }
                difat = BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan((int)start + perDifatSector * 4));
            }
            if (fatSectors.Count == 0) return null;

            // The table needs one entry per sector of the file; a hostile DIFAT listing more FAT sectors adds nothing.
            var fat = new List<uint>();
            foreach (uint sector in fatSectors)
            {
                if (fat.Count >= sectorCount) break;
                long start = (sector + 1L) * sectorSize;
                if (start + sectorSize > content.Length) continue;
                for (int i = 0; i < sectorSize / 4; i++) fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan((int)start + i * 4)));
            }
            return fat;
        }
    }
}
