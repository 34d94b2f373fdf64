using System.Collections.Generic;
using System.Globalization;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Documents.Word
{
    /// <summary>Turns the tallies of skipped content into notes: one per kind, saying how many and why it matters.</summary>
    internal static class SkippedContentNotes
    {
        public static void AddTo(List<DocumentNote> notes, SkippedContent skipped, int elementsTooDeep)
        {
            Add(notes, FindingSeverity.Warning, elementsTooDeep,
                "{0} element(s) nested deeper than " + WordReadLimits.MaxElementDepth.ToString(CultureInfo.InvariantCulture) + " levels were left out with everything inside them.");
            Add(notes, FindingSeverity.Warning, skipped.TruncatedTables,
                "{0} table(s) were cut off at " + TableGridBuilder.MaxSlots.ToString(CultureInfo.InvariantCulture) + " grid slots; their remaining rows were not read.");
            Add(notes, FindingSeverity.Info, skipped.Drawings, "{0} picture(s) or drawing(s) without a text box were not read; figures shown only in a picture cannot be checked.");
            Add(notes, FindingSeverity.Info, skipped.EmbeddedObjects, "{0} embedded object(s) or imported chunk(s) were not read.");
            Add(notes, FindingSeverity.Info, skipped.MergedContinuationTexts, "{0} merged cell continuation(s) held text that Word does not show; it was left out.");
            Add(notes, FindingSeverity.Info, skipped.HiddenRuns, "{0} run(s) of hidden text were left out, as Word does not show them.");
            Add(notes, FindingSeverity.Info, skipped.Placeholders, "{0} content control(s) still showing their placeholder prompt were left out.");
            Add(notes, FindingSeverity.Info, skipped.TableOfContentsEntries, "{0} table-of-contents entry(ies) were left out: they repeat the headings.");
            int references = skipped.Footnotes + skipped.Endnotes + skipped.Comments;
            Add(notes, FindingSeverity.Info, references, string.Format(CultureInfo.InvariantCulture,
                "{{0}} footnote, endnote or comment reference(s) ({0} footnotes, {1} endnotes, {2} comments): their text is not part of the body and was not read.",
                skipped.Footnotes, skipped.Endnotes, skipped.Comments));
        }

        private static void Add(List<DocumentNote> notes, FindingSeverity severity, int count, string format)
        {
            if (count <= 0) return;
            notes.Add(WordDocumentReader.Note(ReadDiagnosticIds.ContentSkipped, severity, string.Format(CultureInfo.InvariantCulture, format, count)));
        }
    }
}
