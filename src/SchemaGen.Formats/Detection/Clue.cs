namespace SchemaGen.Formats.Detection
{
    /// <summary>What a piece of evidence rests on, from strongest to weakest.</summary>
    internal enum ClueKind
    {
        /// <summary>The tables' own shape and wording: what the format prescribes.</summary>
        Table,
        /// <summary>The report cites the notice that issued the format.</summary>
        Notice,
        /// <summary>The report year falls in the years the format was meant for; some agencies kept an old format, so it is weak.</summary>
        Year,
    }

    /// <summary>One piece of evidence for one format version, with its weight in the score.</summary>
    internal sealed record Clue(FormatEntry Format, ClueKind Kind, double Weight, string Description)
    {
        public override string ToString() => AsEvidence(against: false);

        /// <summary>The clue as a line of a detection's evidence: for the winner, or, against it, for another version.</summary>
        public string AsEvidence(bool against) => string.Concat(against ? "against: " : "", Format.Version, ": ", Description);
    }
}
