using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;

namespace SchemaGen.Documents.Word
{
    /// <summary>One entry of a zip's central directory, as declared (nothing is inflated).</summary>
    internal readonly struct ZipEntryInfo
    {
        public ZipEntryInfo(string name, long uncompressedSize, bool isEncrypted)
        {
            Name = name;
            UncompressedSize = uncompressedSize;
            IsEncrypted = isEncrypted;
        }

        public string Name { get; }

        /// <summary>The size the entry says it inflates to (a hostile file can lie; the loader bounds the real size).</summary>
        public long UncompressedSize { get; }

        /// <summary>Zip-level (PKWARE or AES) encryption: general purpose flag bit 0.</summary>
        public bool IsEncrypted { get; }
    }

    /// <summary>
    /// Reads a zip's central directory straight from the bytes: the entry names, declared sizes and encryption flags,
    /// without inflating anything. Enough to tell a Word package from other zips and to refuse a zip bomb before opening
    /// it; the package itself is then opened once, by the Open XML SDK.
    /// </summary>
    internal static class ZipDirectory
    {
        private const uint LocalHeaderSignature = 0x04034b50;
        private const uint CentralHeaderSignature = 0x02014b50;
        private const uint EndOfDirectorySignature = 0x06054b50;
        private const uint Zip64LocatorSignature = 0x07064b50;
        private const uint Zip64EndSignature = 0x06064b50;
        private const int EndOfDirectoryLength = 22;
        private const int MaxCommentLength = 0xFFFF;

        /// <summary>Past this many entries the file is no Word document; reading stops there.</summary>
        private const int MaxEntries = 100_000;

        public static bool HasLocalHeaderSignature(byte[] content)
            => content.Length >= 4 && BinaryPrimitives.ReadUInt32LittleEndian(content) == LocalHeaderSignature;

        /// <summary>The entries the central directory lists, or null when there is no readable central directory (a cut-off download).</summary>
        public static IReadOnlyList<ZipEntryInfo>? TryRead(byte[] content)
        {
            int end = FindEndOfDirectory(content);
            if (end < 0) return null;
            ReadOnlySpan<byte> record = content.AsSpan(end);
            long count = BinaryPrimitives.ReadUInt16LittleEndian(record.Slice(10));
            long offset = BinaryPrimitives.ReadUInt32LittleEndian(record.Slice(16));
            if ((count == 0xFFFF || offset == 0xFFFFFFFF) && !TryReadZip64End(content, end, ref count, ref offset)) return null;
            if (offset < 0 || offset > content.Length) return null;

            var entries = new List<ZipEntryInfo>();
            long position = offset;
            for (long i = 0; i < count && i < MaxEntries; i++)
            {
                if (position + 46 > content.Length) return null;
                ReadOnlySpan<byte> header = content.AsSpan((int)position);
                if (BinaryPrimitives.ReadUInt32LittleEndian(header) != CentralHeaderSignature) return null;
                ushort flags = BinaryPrimitives.ReadUInt16LittleEndian(header.Slice(8));
                long uncompressed = BinaryPrimitives.ReadUInt32LittleEndian(header.Slice(24));
                int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header.Slice(28));
                int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header.Slice(30));
                int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header.Slice(32));
                long next = position + 46 + nameLength + extraLength + commentLength;
                if (next > content.Length) return null;
                string name = DecodeName(header.Slice(46, nameLength), flags);
                if (uncompressed == 0xFFFFFFFF) uncompressed = Zip64UncompressedSize(header.Slice(46 + nameLength, extraLength)) ?? uncompressed;
                entries.Add(new ZipEntryInfo(name, uncompressed, (flags & 1) != 0));
                position = next;
            }
            return entries;
        }

        /// <summary>
        /// Whether a local file header anywhere in the bytes names <paramref name="entryName"/>: the fallback for a zip
        /// whose central directory is gone, so that a truncated .docx is still known for a .docx.
        /// </summary>
        public static bool HasLocalEntryNamed(byte[] content, string entryName)
        {
            byte[] name = Encoding.ASCII.GetBytes(entryName);
            ReadOnlySpan<byte> bytes = content;
            int from = 0;
            while (from < bytes.Length)
            {
                int found = bytes.Slice(from).IndexOf(name);
                if (found < 0) return false;
                int at = from + found;
                if (at >= 30
                    && BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(at - 30)) == LocalHeaderSignature
                    && BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(at - 4)) == name.Length)
                    return true;
                from = at + 1;
            }
            return false;
        }

        private static int FindEndOfDirectory(byte[] content)
        {
            int last = content.Length - EndOfDirectoryLength;
            int first = Math.Max(0, last - MaxCommentLength);
            for (int at = last; at >= first; at--)
                if (BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(at)) == EndOfDirectorySignature)
                    return at;
            return -1;
        }

        private static bool TryReadZip64End(byte[] content, int end, ref long count, ref long offset)
        {
            int locator = end - 20;
            if (locator < 0 || BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(locator)) != Zip64LocatorSignature) return false;
            ulong recordOffset = BinaryPrimitives.ReadUInt64LittleEndian(content.AsSpan(locator + 8));
            if (content.Length < 56 || recordOffset > (ulong)(content.Length - 56)) return false;
            ReadOnlySpan<byte> record = content.AsSpan((int)recordOffset);
            if (BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EndSignature) return false;
            ulong entries = BinaryPrimitives.ReadUInt64LittleEndian(record.Slice(32));
            ulong directory = BinaryPrimitives.ReadUInt64LittleEndian(record.Slice(48));
            if (entries > int.MaxValue || directory > int.MaxValue) return false;
            count = (long)entries;
            offset = (long)directory;
            return true;
        }

        /// <summary>The uncompressed size from a zip64 extended information extra field (id 0x0001), whose first field it is.</summary>
        private static long? Zip64UncompressedSize(ReadOnlySpan<byte> extra)
        {
            while (extra.Length >= 4)
            {
                ushort id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
                ushort size = BinaryPrimitives.ReadUInt16LittleEndian(extra.Slice(2));
                if (4 + size > extra.Length) return null;
                if (id == 0x0001 && size >= 8)
                {
                    ulong value = BinaryPrimitives.ReadUInt64LittleEndian(extra.Slice(4));
                    return value > long.MaxValue ? long.MaxValue : (long)value;
                }
                extra = extra.Slice(4 + size);
            }
            return null;
        }

        /// <summary>Entry names are UTF-8 when flag bit 11 says so, else code page 437; package part names are ASCII either way.</summary>
        private static string DecodeName(ReadOnlySpan<byte> name, ushort flags)
            => (flags & 0x800) != 0 ? Encoding.UTF8.GetString(name) : Encoding.Latin1.GetString(name);
    }
}
