using System.Collections.Generic;
using SchemaGen.Checking;
using SchemaGen.Runtime.Validation;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Comparing;

namespace SchemaGen.Cli.Output
{
    /// <summary>
    /// What a check run writes, as it goes: the opening, then each file's result as soon as it is done (flushed, so a
    /// reader of the output sees it then and a stuck or failing file later costs nothing already written), then the
    /// closing parts. Every format closes its document properly, also after an interrupt.
    /// </summary>
    public interface ICheckOutput
    {
        void Begin();

        void File(FileCheckResult result);

        void End(CheckEnding ending);
    }

    /// <summary>A run stopped by a signal: which one, and how many inputs it was given (the output lists those done).</summary>
    public sealed record RunInterruption(string Signal, int Inputs);

    /// <summary>What only the end of a run knows.</summary>
    public sealed record CheckEnding(BatchTally Tally, YearComparison? Comparison, int ExitCode, RunInterruption? Interruption, IReadOnlyList<SkippedFiles> Skipped);

    /// <summary>The running counts of a batch, so that nothing needs to keep the results themselves.</summary>
    public sealed class BatchTally
    {
        private readonly FindingSeverity _threshold;

        public BatchTally(FindingSeverity threshold) => _threshold = threshold;

        public int Files { get; private set; }
        public int Checked { get; private set; }
        public int NotChecked => Files - Checked;
        public int Errors { get; private set; }
        public int Warnings { get; private set; }

        /// <summary>Whether some file has a finding at or above the --fail-on threshold.</summary>
        public bool Failing { get; private set; }

        public void Add(FileCheckResult result)
        {
            Files++;
            if (result.Status == CheckStatus.Checked) Checked++;
            Errors += result.Errors;
            Warnings += result.Warnings;
            foreach (CheckFinding finding in result.Findings)
                if (finding.Level.IsAtLeast(_threshold)) Failing = true;
        }
    }
}
