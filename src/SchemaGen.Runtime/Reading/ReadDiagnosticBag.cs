using System.Collections.Generic;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>Collects the diagnostics of one read, each with the catalog's severity for its id.</summary>
    internal sealed class ReadDiagnosticBag
    {
        private readonly List<ReadDiagnostic> _items = new List<ReadDiagnostic>();

        public IReadOnlyList<ReadDiagnostic> Items => _items;

        /// <param name="severity">The severity when it is not the catalog's default for <paramref name="id"/> (a note that, in one case, reports a loss).</param>
        public void Add(string id, string message, string? section = null, string? table = null, string? row = null, string? column = null, int line = 0, int column0 = 0,
            SourceLocation source = default, Validation.FindingSeverity? severity = null)
        {
            severity ??= ReadDiagnosticIds.Find(id)?.DefaultSeverity ?? Validation.FindingSeverity.Warning;
            _items.Add(new ReadDiagnostic(id, severity.Value, message, section, table, row, column, line, column0) { Source = source });
        }

        /// <summary>Another bag's diagnostics, in their order (a table read on its own, then kept).</summary>
        public void AddRange(ReadDiagnosticBag other) => _items.AddRange(other._items);

        /// <summary>A note the document's producer made, as a diagnostic of the reading.</summary>
        public void Add(DocumentNote note)
            => _items.Add(new ReadDiagnostic(note.Id, note.Severity, note.Message, null, null, null, null, note.Location.Line, note.Location.Column) { Source = note.Location });
    }
}
