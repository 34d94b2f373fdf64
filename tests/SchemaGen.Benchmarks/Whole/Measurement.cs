using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SchemaGen.Benchmarks.Whole
{
    /// <summary>One run of one program: wall time, CPU time (user + system, every thread) and peak resident memory.</summary>
    internal sealed record Sample(double WallSeconds, double CpuSeconds, long PeakKiB, int ExitCode);

    /// <summary>Repeated runs of one program on one input; figures are medians, as the machine is shared and noisy.</summary>
    internal sealed class Series
    {
        public Series(string name) => Name = name;

        public string Name { get; }

        public List<Sample> Samples { get; } = new();

        public double Wall => Median(Samples.Select(s => s.WallSeconds));

        public double Cpu => Median(Samples.Select(s => s.CpuSeconds));

        public double PeakMiB => Median(Samples.Select(s => s.PeakKiB / 1024.0));

        public static double Median(IEnumerable<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            if (sorted.Length == 0) return double.NaN;
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }

    /// <summary>
    /// In-process work on a set of items, pass after pass over all of them for at least a given time: one pass's wall and
    /// CPU time (every thread of the process) and the bytes this thread allocated. The process CPU clock ticks in 10 ms on
    /// Linux, so a pass of a few milliseconds is only measured well when repeated.
    /// </summary>
    internal static class Passes
    {
        public static (Sample Sample, long Allocated) Measure(int items, Func<int, int> work, double minSeconds)
        {
            var process = Process.GetCurrentProcess();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            int sink = 0, passes = 0;
            do
            {
                for (int i = 0; i < items; i++) sink += work(i);
                passes++;
            }
            while (clock.Elapsed.TotalSeconds < minSeconds);
            clock.Stop();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            process.Refresh();
            double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            GC.KeepAlive(sink);
            return (new Sample(clock.Elapsed.TotalSeconds / passes, cpu / passes, 0, 0), allocated / passes);
        }
    }

    /// <summary>
    /// Runs code before it is measured: tiered compilation promotes a method only after it has run for a while, so code
    /// measured after one call runs unoptimised.
    /// </summary>
    internal static class WarmUp
    {
        /// <summary>Runs <paramref name="work"/> again and again for at least <paramref name="seconds"/> (once at least).</summary>
        public static void For(double seconds, Action work)
        {
            var clock = Stopwatch.StartNew();
            do work();
            while (clock.Elapsed.TotalSeconds < seconds);
        }
    }

    /// <summary>
    /// Runs a program under GNU time (Debian package <c>time</c>), which reads the child's own resource usage when it
    /// ends; standard output and error go to /dev/null inside the child, so the harness pays nothing for the output.
    /// </summary>
    internal static class ProcessMeasurer
    {
        private const string GnuTime = "/usr/bin/time";

        public static bool IsAvailable => File.Exists(GnuTime);

        public static Sample Run(string program, IEnumerable<string> arguments)
        {
            string report = Path.GetTempFileName();
            try
            {
                var start = new ProcessStartInfo(GnuTime) { UseShellExecute = false };
                foreach (string a in new[] { "-f", "%e %U %S %M %x", "-o", report, "/bin/sh", "-c", "exec \"$0\" \"$@\" >/dev/null 2>&1", program })
                    start.ArgumentList.Add(a);
                foreach (string a in arguments) start.ArgumentList.Add(a);
                var clock = Stopwatch.StartNew();
                using (Process process = Process.Start(start)!) process.WaitForExit();
                clock.Stop();
                // GNU time writes "Command exited with non-zero status N" before the figures when the program fails.
                string[] fields = File.ReadAllLines(report).Last(l => l.Trim().Length > 0).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                double user = double.Parse(fields[1], CultureInfo.InvariantCulture);
                double system = double.Parse(fields[2], CultureInfo.InvariantCulture);
                long peak = long.Parse(fields[3], CultureInfo.InvariantCulture);
                int exit = int.Parse(fields[4], CultureInfo.InvariantCulture);
                return new Sample(clock.Elapsed.TotalSeconds, user + system, peak, exit);
            }
            finally
            {
                File.Delete(report);
            }
        }
    }
}
