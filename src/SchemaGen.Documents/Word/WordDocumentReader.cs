using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Documents.Word
{
    /// <summary>
    /// Reads a Word document (.docx, and its macro-enabled and template variants .docm, .dotx, .dotm) into a
    /// <see cref="Document"/>: paragraphs with their automatic numbers, tables with Word's merged cells, text boxes,
    /// content controls and accepted tracked changes. Legacy binary Word (.doc), WPS (.wps) and RTF are recognised and
    /// refused with advice to convert; encrypted, damaged and oversized files give a note, never an exception.
    /// The package is opened once with the Open XML SDK (read-only, from memory); each XML part is loaded once into a
    /// bounded tree (see <see cref="WordReadLimits"/>). Macros are never run: only the document's XML is read.
    /// </summary>
    public sealed class WordDocumentReader : IDocumentReader
    {
        private const string ConvertAdvice = "Convert it to .docx first, for example with `libreoffice --headless --convert-to docx FILE`, or by saving it as .docx in Word or WPS.";

        private static readonly string[] WordExtensions = { ".docx", ".docm", ".dotx", ".dotm", ".doc", ".dot", ".wps", ".wpt", ".rtf" };

        public DocumentKind Kind => DocumentKind.Word;

        /// <summary>
        /// The Office Open XML Word extensions it reads, and the legacy ones (.doc, .dot, .wps, .wpt, .rtf) it takes only to
        /// say they must be converted, so that such a file is not read as text.
        /// </summary>
        public IReadOnlyList<string> Extensions => WordExtensions;

        /// <summary>
        /// A zip whose central directory lists a Word main part (or, when the directory is cut off, whose local headers
        /// name <c>word/document.xml</c>); an OLE compound file holding <c>WordDocument</c> (legacy .doc, WPS) or
        /// <c>EncryptedPackage</c> (a password-protected Office file); RTF. Only directories are read; nothing is inflated.
        /// </summary>
        public bool Recognizes(byte[] content) => content is not null && WordInput.Identify(content).IsWordFamily;

        public Document Read(byte[] content, string? sourceName, CancellationToken cancellationToken = default)
        {
            try
            {
                WordInput input = WordInput.Identify(content);
                return input.Kind == WordInputKind.WordPackage
                    ? ReadPackage(content, input, sourceName, cancellationToken)
                    : Refuse(input, sourceName);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex) when (ex is System.Xml.XmlException or InvalidDataException or OpenXmlPackageException or FileFormatException
                || ex is InvalidOperationException && ThrownByPackaging(ex))
            {
                // The SDK loads relationship parts and the parts they name lazily, after Open: a malformed or missing one there (a
                // relationship part of the wrong content type: FileFormatException) is a damaged package, not a reader failure (found by fuzzing).
                return Document.Empty(Kind, sourceName, Note(ReadDiagnosticIds.UnreadableDocument, FindingSeverity.Error,
                    "The Word package cannot be opened (" + ex.Message + "). Nothing was read."));
            }
            catch (Exception ex)
            {
                return Document.Empty(Kind, sourceName, Note(ReadDiagnosticIds.ReaderFailure, FindingSeverity.Error, "The Word reader stopped: " + ex.GetType().Name + ": " + ex.Message));
            }
        }

        /// <summary>
        /// Whether the exception was thrown inside System.IO.Packaging. Read from the first frame of the stack trace, not
        /// <see cref="Exception.TargetSite"/>: a Native AOT build keeps frame names but not the reflection data TargetSite needs.
        /// </summary>
        private static bool ThrownByPackaging(Exception ex)
        {
            string? trace = ex.StackTrace;
            if (trace is null) return false;
            int newline = trace.IndexOf('\n');
            string top = (newline < 0 ? trace : trace.Substring(0, newline)).TrimStart();
            int method = top.IndexOf(' ') + 1; // after "at", whatever language it is in
            return string.CompareOrdinal(top, method, "System.IO.Packaging.", 0, "System.IO.Packaging.".Length) == 0;
        }

        private Document Refuse(WordInput input, string? sourceName)
        {
            string extension = Path.GetExtension(sourceName ?? "").ToLowerInvariant();
            bool namedWps = extension == ".wps" || extension == ".wpt";
            DocumentNote note = input.Kind switch
            {
                WordInputKind.LegacyWordBinary => Note(ReadDiagnosticIds.UnsupportedInput, FindingSeverity.Error,
                    (namedWps ? "This is a WPS Writer document (.wps) saved in the binary Word 97–2003 format" : "This is a legacy binary Word 97–2003 document (.doc)")
                    + ", which SchemaGen does not read. " + ConvertAdvice),
                WordInputKind.OtherCompoundFile => Note(ReadDiagnosticIds.UnsupportedInput, FindingSeverity.Error,
                    namedWps
                        ? "This is a WPS or Works document (.wps) in a binary format SchemaGen does not read. " + ConvertAdvice
                        : "This is an OLE compound file without a Word document stream (an .xls or .ppt file, or a damaged .doc); nothing was read. If it is a report, convert it to .docx or PDF first."),
                WordInputKind.Rtf => Note(ReadDiagnosticIds.UnsupportedInput, FindingSeverity.Error,
                    "This is a Rich Text Format (RTF) document, which SchemaGen does not read. " + ConvertAdvice),
                WordInputKind.OtherZip => Note(ReadDiagnosticIds.UnsupportedInput, FindingSeverity.Error,
                    "This zip archive holds no Word document part (word/document.xml): it is a spreadsheet, a presentation or another archive."),
                WordInputKind.EncryptedOfficePackage => Note(ReadDiagnosticIds.EncryptedInput, FindingSeverity.Error,
                    "The document is password-protected (an encrypted Office package), so its text cannot be read. Save an unprotected copy and check that."),
                WordInputKind.EncryptedZipPackage => Note(ReadDiagnosticIds.EncryptedInput, FindingSeverity.Error,
                    "The document's parts are encrypted inside the zip, so its text cannot be read. Save an unprotected copy and check that."),
                WordInputKind.DamagedWordPackage => Note(ReadDiagnosticIds.UnreadableDocument, FindingSeverity.Error,
                    "This Word document is damaged: its zip directory is missing, as in a file cut off while downloading. Nothing was read; download it again."),
                WordInputKind.DamagedZip => Note(ReadDiagnosticIds.UnreadableDocument, FindingSeverity.Error,
                    "This file starts like a zip archive (a .docx is one) but its zip directory cannot be read: it is damaged or cut off. Nothing was read."),
                _ => Note(ReadDiagnosticIds.UnsupportedInput, FindingSeverity.Error,
                    "This is not a Word document: it is neither a .docx (a zip package), nor a legacy .doc or .wps, nor RTF. Nothing was read."),
            };
            return Document.Empty(Kind, sourceName, note);
        }

        private Document ReadPackage(byte[] content, WordInput input, string? sourceName, CancellationToken cancellationToken)
        {
            // The SDK parses [Content_Types].xml and the relationship parts itself when it opens the package: refuse bombs among them first.
            foreach (ZipEntryInfo entry in input.ZipEntries)
                if ((entry.Name == "[Content_Types].xml" || entry.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)) && entry.UncompressedSize > WordReadLimits.MaxPartBytes)
                    return Document.Empty(Kind, sourceName, TooLargeNote(entry.Name, "document"));

            WordprocessingDocument package;
            try
            {
                package = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false, new OpenSettings { AutoSave = false });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Document.Empty(Kind, sourceName, Note(ReadDiagnosticIds.UnreadableDocument, FindingSeverity.Error,
                    "The Word package cannot be opened (" + ex.Message + "). Nothing was read."));
            }
            using (package)
            {
                MainDocumentPart? main = package.MainDocumentPart;
                if (main is null)
                    return Document.Empty(Kind, sourceName, Note(ReadDiagnosticIds.UnreadableDocument, FindingSeverity.Error, "The package has no main document part. Nothing was read."));

                var notes = new List<DocumentNote>();
                LoadedXml? document = LoadPart(main, input, notes, "document", cancellationToken);
                XElement? body = document?.Root?.Element(WordXml.W + "body");
                if (body is null)
                {
                    if (document is not null && notes.Count == 0)
                        notes.Add(Note(ReadDiagnosticIds.UnreadableDocument, FindingSeverity.Error, "The main document part holds no body. Nothing was read."));
                    return new Document(Kind, sourceName, Array.Empty<Block>(), notes);
                }
                var styles = new WordStyles(LoadPart(main.StyleDefinitionsPart, input, notes, "styles", cancellationToken)?.Root);
                XElement? numbering = LoadPart(main.NumberingDefinitionsPart, input, notes, "numbering", cancellationToken)?.Root;
                var context = new WordReadContext(styles, WordNumbering.Create(numbering, styles), cancellationToken);

                var blocks = new List<Block>();
                try
                {
                    new WordBodyReader(context).ReadBlocks(body, ElementPath.Of("body"), blocks);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    notes.Add(Note(ReadDiagnosticIds.ReaderFailure, FindingSeverity.Error,
                        "The Word reader stopped part way (" + ex.GetType().Name + ": " + ex.Message + "); what follows the last block read is missing."));
                }
                SkippedContentNotes.AddTo(notes, context.Skipped, document?.ElementsTooDeep ?? 0);
                return new Document(Kind, sourceName, blocks, notes);
            }
        }

        /// <summary>
        /// One XML part into a bounded tree, or null (and a note) when it is refused or unreadable. A part that breaks
        /// off keeps what came before the break, with a note that the rest is missing.
        /// </summary>
        private static LoadedXml? LoadPart(OpenXmlPart? part, WordInput input, List<DocumentNote> notes, string role, CancellationToken cancellationToken)
        {
            if (part is null) return null;
            string name = part.Uri.OriginalString.TrimStart('/');
            if (input.EntryFor(name) is ZipEntryInfo entry && entry.UncompressedSize > WordReadLimits.MaxPartBytes)
            {
                notes.Add(TooLargeNote(name, role));
                return null;
            }
            LoadedXml loaded;
            try
            {
                using Stream stream = part.GetStream(FileMode.Open, FileAccess.Read);
                loaded = BoundedXmlLoader.Load(stream, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                notes.Add(PartDamagedNote(name, role, ex.Message, readAnything: false));
                return null;
            }
            switch (loaded.Problem)
            {
                case LoadProblem.TooLarge:
                    notes.Add(TooLargeNote(name, role));
                    return null;
                case LoadProblem.Damaged:
                    notes.Add(PartDamagedNote(name, role, loaded.Detail, readAnything: loaded.Root is not null));
                    return loaded.Root is null ? null : loaded;
                default:
                    return loaded;
            }
        }

        private static DocumentNote PartDamagedNote(string name, string role, string? detail, bool readAnything)
        {
            string why = detail is null ? "" : " (" + detail + ")";
            if (role != "document")
                return Note(ReadDiagnosticIds.DamagedInput, FindingSeverity.Warning,
                    name + " is damaged" + why + "; the document was read without its " + role + " (headings or automatic numbers may be missing).");
            return readAnything
                ? Note(ReadDiagnosticIds.DamagedInput, FindingSeverity.Warning, name + " breaks off or is malformed" + why + "; what comes before the damage was read, the rest is missing.")
                : Note(ReadDiagnosticIds.UnreadableDocument, FindingSeverity.Error, name + " cannot be read" + why + ". Nothing was read.");
        }

        private static DocumentNote TooLargeNote(string name, string role)
        {
            string message = string.Format(CultureInfo.InvariantCulture,
                "{0} inflates to more than {1} MiB, far past any real report (a zip bomb, or not a report); it was not read",
                name, WordReadLimits.MaxPartBytes / (1024 * 1024));
            return role == "document"
                ? Note(ReadDiagnosticIds.UnreadableDocument, FindingSeverity.Error, message + ", so nothing was.")
                : Note(ReadDiagnosticIds.ContentSkipped, FindingSeverity.Warning, message + "; the document was read without its " + role + ".");
        }

        internal static DocumentNote Note(string id, FindingSeverity severity, string message) => new DocumentNote(id, severity, message, SourceLocation.None);
    }
}
