using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen.Cli.Checking
{
    /// <summary>
    /// Runs the check of one file (<see cref="CheckRunner.CheckFile"/>) under a time budget. The check runs as a task that can be abandoned: when
    /// the budget runs out its token is cancelled (the readers stop at their next check) and the file gets a
    /// "timed out" result at once, so the batch goes on even when the work itself does not stop (the generated parsers
    /// take no token; an abandoned check runs to its end in the background and its result is dropped).
    /// </summary>
    public sealed class BudgetedCheck
    {
        /// <summary>Far above the time any real report takes (well under a second) while still ending a stuck input.</summary>
        public const double DefaultSeconds = 60;

        private readonly Func<ReportInput, CancellationToken, FileCheckResult> _check;
        private readonly TimeSpan? _budget;

        /// <param name="budget">The time one file may take; null for no limit.</param>
        public BudgetedCheck(CheckRunner runner, TimeSpan? budget)
            : this(runner.CheckFile, budget)
        {
        }

        /// <param name="check">The check of one file; it should stop when its token is cancelled, but need not.</param>
        /// <param name="budget">The time one file may take; null for no limit.</param>
        public BudgetedCheck(Func<ReportInput, CancellationToken, FileCheckResult> check, TimeSpan? budget)
        {
            _check = check;
            _budget = budget;
        }

        /// <summary>The file's result; null when <paramref name="interrupt"/> fired before it was done (an interrupted file has no result).</summary>
        public FileCheckResult? Check(ReportInput input, CancellationToken interrupt)
        {
            if (interrupt.IsCancellationRequested) return null;
            var cancellation = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
            Task<FileCheckResult> work = Task.Run(() => _check(input, cancellation.Token));
            bool finished;
            try
            {
                finished = work.Wait(_budget ?? Timeout.InfiniteTimeSpan, interrupt);
            }
            catch (OperationCanceledException)
            {
                finished = false;
            }
            catch (AggregateException ex)
            {
                // CheckFile turns every failure into a result; this is the guard behind that promise.
                cancellation.Dispose();
                Exception inner = ex.InnerException ?? ex;
                return FileCheckResult.Failed(input.Path, $"{inner.GetType().Name}: {inner.Message}", null);
            }
            if (finished)
            {
                cancellation.Dispose();
                return work.Result;
            }
            // Abandoned: the source is not disposed, since the running check may still ask its token.
            cancellation.Cancel();
            return interrupt.IsCancellationRequested ? null : FileCheckResult.TimedOut(input.Path, Describe(_budget!.Value));
        }

        /// <summary>"60 s", "0.5 s".</summary>
        public static string Describe(TimeSpan budget) => budget.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
    }
}
