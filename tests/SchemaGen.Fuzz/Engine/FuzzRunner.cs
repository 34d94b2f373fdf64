using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace SchemaGen.Fuzz
{
    /// <summary>How long and from which seed a built-in run goes.</summary>
    public sealed record FuzzRunOptions
    {
        /// <summary>The mutator's seed: the same seed, target and code give the same inputs.</summary>
        public int Seed { get; init; } = 1;

        /// <summary>Stop after this many inputs (the seeds themselves included).</summary>
        public long MaxInputs { get; init; } = long.MaxValue;

        /// <summary>Stop after this long.</summary>
        public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(10);

        /// <summary>Where failing inputs are written (with a .txt saying what failed), or null.</summary>
        public string? CrashDirectory { get; init; }

        /// <summary>Progress lines, or null.</summary>
        public Action<string>? Log { get; init; }

        /// <summary>
        /// The target's time limit is multiplied by this (a test suite on a loaded machine allows more than a fuzzing run,
        /// where a slow input is worth a look).
        /// </summary>
        public double TimeLimitScale { get; init; } = 1;

        /// <summary>How often a progress line is written.</summary>
        public TimeSpan ReportEvery { get; init; } = TimeSpan.FromSeconds(30);
    }

    public enum FailureKind
    {
        /// <summary>An exception escaped the code under test.</summary>
        Crash,
        /// <summary>A property did not hold (<see cref="PropertyViolation"/>).</summary>
        Violation,
        /// <summary>The input ran longer than the target's time limit.</summary>
        Hang,
    }

    /// <summary>One distinct failure: its kind, a signature that groups inputs failing the same way, and the first input.</summary>
    public sealed record FuzzFailure(FailureKind Kind, string Signature, string Message, byte[] Input, int Count, string? SavedAs)
    {
        public override string ToString() => $"{Kind} x{Count} [{Signature}] {Message}" + (SavedAs is null ? "" : " (saved as " + SavedAs + ")");
    }

    /// <param name="SkippedKnownOpen">Inputs left out because they match a known open crash (<see cref="FuzzTarget.KnownOpenCrash"/>).</param>
    public sealed record FuzzRunResult(string Target, int Seeds, long Executions, long SkippedKnownOpen, TimeSpan Elapsed, TimeSpan Slowest, IReadOnlyList<FuzzFailure> Failures, bool Stuck)
    {
        public int FailingInputs => Failures.Sum(f => f.Count);

        public string Summary()
            => string.Format(CultureInfo.InvariantCulture, "{0}: {1:N0} executions in {2:0}s ({3:0.0}/s) from {4} seeds; slowest input {5:0.000}s; {6} crashes, {7} property violations, {8} hangs ({9} distinct); {11} inputs left out as known open crashes{10}",
                Target, Executions, Elapsed.TotalSeconds, Executions / Math.Max(0.001, Elapsed.TotalSeconds), Seeds, Slowest.TotalSeconds,
                Failures.Where(f => f.Kind == FailureKind.Crash).Sum(f => f.Count), Failures.Where(f => f.Kind == FailureKind.Violation).Sum(f => f.Count),
                Failures.Where(f => f.Kind == FailureKind.Hang).Sum(f => f.Count), Failures.Count, Stuck ? "; STUCK on an input" : "", SkippedKnownOpen);
    }

    /// <summary>
    /// The built-in run: the seeds as they are, then mutated inputs, each run on a worker thread (an 8 MB stack, as a main
    /// thread has) and timed. An input over the target's time limit is a hang; one still running at three times the
    /// limit ends the run (the thread cannot be stopped; the run reports it as stuck and returns).
    /// </summary>
    public static class FuzzRunner
    {
        public static FuzzRunResult Run(FuzzTarget target, FuzzRunOptions options)
        {
            IReadOnlyList<Seed> seeds = target.LoadSeeds();
            if (seeds.Count == 0) throw new InvalidOperationException($"target {target.Name} has no seeds");
            var mutator = new Mutator(options.Seed, seeds, FuzzDictionary.Load(target.Dictionary), target.MaxInputBytes);
            var failures = new Dictionary<string, FuzzFailure>(StringComparer.Ordinal);
            TimeSpan limit = target.TimeLimit * options.TimeLimitScale;
            var clock = Stopwatch.StartNew();
            long executions = 0, skipped = 0;
            TimeSpan slowest = TimeSpan.Zero;
            byte[]? current = null;
            long currentStarted = 0;
            var gate = new object();
            bool stop = false;

            void Record(FailureKind kind, string signature, string message, byte[] input)
            {
                lock (gate)
                {
                    if (failures.TryGetValue(signature, out FuzzFailure? known))
                    {
                        failures[signature] = known with { Count = known.Count + 1 };
                        return;
                    }
                    string? saved = Save(options.CrashDirectory, target, kind, message, input);
                    failures[signature] = new FuzzFailure(kind, signature, message, input, 1, saved);
                    options.Log?.Invoke($"{target.Name}: NEW {kind} [{signature}] {Shorten(message, 300)}" + (saved is null ? "" : " -> " + saved));
                }
            }

            var worker = new Thread(() =>
            {
                // Warm-up, untimed: the first input pays for JIT compilation and the harness's lazy state (the rule
                // harness loads a whole schema), which is no hang. What it finds, the timed run below finds again.
                try
                {
                    target.Run(seeds[0].Bytes);
                }
                catch (Exception)
                {
                    // counted when the same seed runs again, timed
                }
                for (long i = 0; i < options.MaxInputs; i++)
                {
                    lock (gate) if (stop) return;
                    if (clock.Elapsed >= options.Duration) return;
                    byte[] input = i < seeds.Count ? seeds[(int)i].Bytes : mutator.Next();
                    long started = clock.ElapsedTicks;
                    lock (gate) { current = input; currentStarted = started; }
                    if (options.CrashDirectory is not null)
                    {
                        // What killed the process, if something does (a stack overflow cannot be caught).
                        Directory.CreateDirectory(options.CrashDirectory);
                        File.WriteAllBytes(Path.Combine(options.CrashDirectory, target.Name + "-last-input"), input);
                    }
                    try
                    {
                        if (!target.Run(input))
                        {
                            lock (gate) { current = null; skipped++; }
                            continue;
                        }
                    }
                    catch (PropertyViolation violation)
                    {
                        Record(FailureKind.Violation, Signature(violation), violation.Message, input);
                    }
                    catch (Exception exception)
                    {
                        Record(FailureKind.Crash, Signature(exception), exception.GetType().FullName + ": " + exception.Message + "\n" + exception.StackTrace, input);
                    }
                    TimeSpan took = TimeSpan.FromTicks((long)((clock.ElapsedTicks - started) * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency)));
                    lock (gate)
                    {
                        current = null;
                        executions++;
                        if (took > slowest) slowest = took;
                    }
                    if (took > limit)
                        Record(FailureKind.Hang, "hang", string.Format(CultureInfo.InvariantCulture, "ran {0:0.0}s (limit {1:0.0}s), {2} bytes", took.TotalSeconds, limit.TotalSeconds, input.Length), input);
                }
            }, 8 * 1024 * 1024) { IsBackground = true, Name = "fuzz " + target.Name };
            worker.Start();

            TimeSpan nextReport = options.ReportEvery;
            bool stuck = false;
            while (!worker.Join(100))
            {
                byte[]? running;
                long since;
                lock (gate) { running = current; since = currentStarted; }
                TimeSpan runningFor = TimeSpan.FromTicks((long)((clock.ElapsedTicks - since) * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency)));
                if (running is not null && runningFor > limit * 3)
                {
                    Record(FailureKind.Hang, "stuck", string.Format(CultureInfo.InvariantCulture, "still running after {0:0.0}s, {1} bytes", runningFor.TotalSeconds, running.Length), running);
                    lock (gate) stop = true;
                    stuck = true;
                    break;
                }
                if (clock.Elapsed >= nextReport)
                {
                    long done;
                    lock (gate) done = executions;
                    options.Log?.Invoke(string.Format(CultureInfo.InvariantCulture, "{0}: {1:N0} executions, {2:0}s, {3} distinct failures", target.Name, done, clock.Elapsed.TotalSeconds, failures.Count));
                    nextReport += options.ReportEvery;
                }
            }
            lock (gate)
                return new FuzzRunResult(target.Name, seeds.Count, executions, skipped, clock.Elapsed, slowest, failures.Values.ToList(), stuck);
        }

        /// <summary>What groups failures: the exception type and the innermost SchemaGen frame, or the violation's words without figures.</summary>
        public static string Signature(Exception exception)
        {
            if (exception is PropertyViolation)
            {
                // A reader's own failure note: grouped by the exception it names.
                Match stopped = Regex.Match(exception.Message, @"^(.*?stopped(?: part way \(|: ))([A-Za-z.]+)");
                if (stopped.Success) return Regex.Replace(stopped.Value, @"[0-9]+", "N");
                return Shorten(Regex.Replace(exception.Message, @"[0-9]+", "N"), 160);
            }
            string? frame = new StackTrace(exception, false).GetFrames()
                .Select(f => f.GetMethod())
                .Where(m => m?.DeclaringType?.FullName?.StartsWith("SchemaGen.", StringComparison.Ordinal) == true)
                .Select(m => m!.DeclaringType!.FullName + "." + m.Name)
                .FirstOrDefault();
            return exception.GetType().Name + " at " + (frame ?? "?");
        }

        private static string? Save(string? directory, FuzzTarget target, FailureKind kind, string message, byte[] input)
        {
            if (directory is null) return null;
            Directory.CreateDirectory(directory);
            string hash = Convert.ToHexString(SHA1.HashData(input)).Substring(0, 12).ToLowerInvariant();
            string path = Path.Combine(directory, $"{target.Name}-{kind.ToString().ToLowerInvariant()}-{hash}");
            File.WriteAllBytes(path, input);
            File.WriteAllText(path + ".txt", $"target: {target.Name}\nkind: {kind}\nbytes: {input.Length}\n\n{message}\n", new UTF8Encoding(false));
            return path;
        }

        private static string Shorten(string text, int max) => text.Length <= max ? text : text.Substring(0, max) + "…";
    }
}
