using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Documents.Word
{
    /// <summary>What an input is, as far as the Word reader can tell from its container alone.</summary>
    internal enum WordInputKind
    {
        /// <summary>None of the kinds below: not a zip, not an OLE compound file, not RTF.</summary>
        Unknown,
        /// <summary>A zip whose central directory lists a WordprocessingML main part (.docx, .docm, .dotx, .dotm).</summary>
        WordPackage,
        /// <summary>A Word package whose parts are encrypted at the zip level.</summary>
        EncryptedZipPackage,
        /// <summary>A zip without a readable central directory (cut off) whose local headers name <c>word/document.xml</c>.</summary>
        DamagedWordPackage,
        /// <summary>A readable zip that is not a Word document (a spreadsheet, a presentation, an archive).</summary>
        OtherZip,
        /// <summary>A zip signature with no readable central directory and no sign of a Word document in it.</summary>
        DamagedZip,
        /// <summary>An OLE compound file holding <c>EncryptedPackage</c>: a password-protected Office Open XML document.</summary>
        EncryptedOfficePackage,
        /// <summary>An OLE compound file holding a <c>WordDocument</c> stream: Word 97–2003 <c>.doc</c>, or a WPS <c>.wps</c> saved in that format.</summary>
        LegacyWordBinary,
        /// <summary>Any other OLE compound file (an <c>.xls</c>, a Works or older WPS file, a damaged <c>.doc</c>).</summary>
        OtherCompoundFile,
        /// <summary>Rich Text Format (<c>{\rtf</c>), which Word and WPS also save.</summary>
        Rtf,
    }

    /// <summary>An input sorted by its container, with the zip directory when it has one (read once, used again by the reader).</summary>
    internal sealed class WordInput
    {
        /// <summary>The part a package names its main document when it follows Word's own layout.</summary>
        public const string MainPartName = "word/document.xml";

        private WordInput(WordInputKind kind, IReadOnlyList<ZipEntryInfo>? zipEntries)
        {
            Kind = kind;
            ZipEntries = zipEntries ?? Array.Empty<ZipEntryInfo>();
        }

        public WordInputKind Kind { get; }

        public IReadOnlyList<ZipEntryInfo> ZipEntries { get; }

        /// <summary>Whether the Word reader should claim the input on content alone: it is Word's, or Word's and unreadable, and only this reader can say why.</summary>
        public bool IsWordFamily => Kind is WordInputKind.WordPackage or WordInputKind.EncryptedZipPackage or WordInputKind.DamagedWordPackage
            or WordInputKind.EncryptedOfficePackage or WordInputKind.LegacyWordBinary or WordInputKind.Rtf;

        public static WordInput Identify(byte[]? content)
        {
            if (content is null || content.Length == 0) return new WordInput(WordInputKind.Unknown, null);
            if (ZipDirectory.HasLocalHeaderSignature(content)) return IdentifyZip(content);
            if (CompoundFileDirectory.HasSignature(content)) return new WordInput(IdentifyCompoundFile(content), null);
            if (StartsWithRtf(content)) return new WordInput(WordInputKind.Rtf, null);
            return new WordInput(WordInputKind.Unknown, null);
        }

        /// <summary>The declared entry for a part name (as the package gives it, with or without the leading '/').</summary>
        public ZipEntryInfo? EntryFor(string partName)
        {
            string name = partName.TrimStart('/');
            foreach (ZipEntryInfo entry in ZipEntries)
                if (string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase)) return entry;
            return null;
        }

        private static WordInput IdentifyZip(byte[] content)
        {
            IReadOnlyList<ZipEntryInfo>? entries = ZipDirectory.TryRead(content);
            if (entries is null)
                return new WordInput(ZipDirectory.HasLocalEntryNamed(content, MainPartName) ? WordInputKind.DamagedWordPackage : WordInputKind.DamagedZip, null);
            if (!HoldsWordMainPart(entries)) return new WordInput(WordInputKind.OtherZip, entries);
            return new WordInput(entries.Any(e => e.IsEncrypted) ? WordInputKind.EncryptedZipPackage : WordInputKind.WordPackage, entries);
        }

        /// <summary>
        /// <c>word/document.xml</c>, or (for tools that name the main part otherwise) a content-types part and XML parts
        /// under <c>word/</c>. Which part is the main one the package's relationships say; the SDK follows them.
        /// </summary>
        private static bool HoldsWordMainPart(IReadOnlyList<ZipEntryInfo> entries)
        {
            bool hasContentTypes = false, hasWordXml = false;
            foreach (ZipEntryInfo entry in entries)
            {
                if (string.Equals(entry.Name, MainPartName, StringComparison.OrdinalIgnoreCase)) return true;
                if (entry.Name == "[Content_Types].xml") hasContentTypes = true;
                else if (entry.Name.StartsWith("word/", StringComparison.OrdinalIgnoreCase) && entry.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                    && entry.Name.IndexOf('/', 5) < 0)
                    hasWordXml = true;
            }
            return hasContentTypes && hasWordXml;
        }

        private static WordInputKind IdentifyCompoundFile(byte[] content)
        {
            IReadOnlyCollection<string>? names = CompoundFileDirectory.TryReadNames(content);
            if (names is null) return WordInputKind.OtherCompoundFile;
            if (names.Contains("EncryptedPackage")) return WordInputKind.EncryptedOfficePackage;
            if (names.Contains("WordDocument")) return WordInputKind.LegacyWordBinary;
            return WordInputKind.OtherCompoundFile;
        }

        private static bool StartsWithRtf(byte[] content)
        {
            ReadOnlySpan<byte> bytes = content;
            if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) bytes = bytes.Slice(3);
            return bytes.StartsWith("{\\rtf"u8);
        }
    }
}
