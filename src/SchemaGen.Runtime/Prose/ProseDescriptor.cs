using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SchemaGen.Runtime.Prose
{
    /// <summary>
    /// A figure the report's prose restates, as the schema's <c>prose:</c> list declares it: the cells whose sum it is,
    /// and the regular expressions that find it (each with a group named n around the number). Emitted by the generator.
    /// </summary>
    public sealed class ProseDescriptor
    {
        private ProseSearch[]? _searches;

        public ProseDescriptor(string id, string tableId, string label, IReadOnlyList<(string Row, string Column)> cells, IReadOnlyList<string> expressions)
        {
            Id = id;
            TableId = tableId;
            Label = label;
            Cells = cells;
            Expressions = expressions;
        }

        public string Id { get; }
        public string TableId { get; }
        public string Label { get; }
        /// <summary>The cells (leaf row path, leaf column id) whose sum the figure restates.</summary>
        public IReadOnlyList<(string Row, string Column)> Cells { get; }
        /// <summary>The phrases, as regular expressions over text folded to Simplified script and half-width forms.</summary>
        public IReadOnlyList<string> Expressions { get; }

        /// <summary>The expressions compiled once, with a time limit per match so a pathological text cannot hang a check.</summary>
        internal ProseSearch[] Searches
            => _searches ??= Expressions.Select(e => new ProseSearch(new Regex(e, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), RequiredLiterals.Of(e))).ToArray();

        public override string ToString() => Id + " (" + Label + ")";
    }

    /// <summary>One phrase's regex, and the text any match of it holds (<see cref="RequiredLiterals"/>): a text without it is not searched.</summary>
    internal sealed class ProseSearch
    {
        public ProseSearch(Regex regex, string[] required)
        {
            Regex = regex;
            Required = required;
        }

        public Regex Regex { get; }
        public string[] Required { get; }

        /// <summary>Whether <paramref name="text"/> holds every required run; <paramref name="present"/> is made from it.</summary>
        public bool MayMatch(string text, PresentCharacters present) => RequiredLiterals.AllIn(text, Required, present);
    }
}
