using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace SchemaGen.Benchmarks.Whole
{
    /// <summary>
    /// <c>alloc-sites TRACE.nettrace [DEPTH] [UNDER] [--libraries]</c>: where a traced run allocated, by type and allocating SchemaGen
    /// method (with <c>--libraries</c>, the libraries' methods too: Scriban's, the runtime's). Reads the runtime's allocation ticks (one per about 100 KB allocated, with the stack) from a trace made
    /// with <c>dotnet-trace collect --providers Microsoft-Windows-DotNETRuntime:0x1:5</c>, keeps those whose stack passes
    /// through a method whose name holds UNDER (all when none is given), and prints each site's share of the bytes: the
    /// type, then the innermost DEPTH SchemaGen methods (1 by default) of the stack. JIT inlining folds a small method into
    /// its caller, which is then named. TraceEvent comes with BenchmarkDotNet.
    /// </summary>
    internal static class AllocationSites
    {
        private const int Shown = 50;

        public static int Run(string[] args)
        {
            if (args.Length == 0)
            {
                Console.Error.WriteLine("usage: alloc-sites TRACE.nettrace [DEPTH] [UNDER] [--libraries]");
                return 2;
            }
            bool libraries = args.Contains("--libraries");
            args = args.Where(a => a != "--libraries").ToArray();
            int depth = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
            string? under = args.Length > 2 ? args[2] : null;
            using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
            var bytesBySite = new Dictionary<string, double>(StringComparer.Ordinal);
            double total = 0;
            foreach (TraceEvent e in log.Events)
            {
                if (e is not GCAllocationTickTraceData tick) continue;
                var frames = new List<string>();
                for (TraceCallStack? frame = e.CallStack(); frame is not null; frame = frame.Caller)
                    frames.Add(frame.CodeAddress.FullMethodName ?? "?");
                if (under is not null && !frames.Any(f => f.Contains(under, StringComparison.Ordinal))) continue;
                total += tick.AllocationAmount64;
                IEnumerable<string> own = frames.Where(f => (libraries ? f != "?" : f.StartsWith("SchemaGen.", StringComparison.Ordinal)) && !f.StartsWith("SchemaGen.Benchmarks", StringComparison.Ordinal))
                    .Take(depth).Select(Short);
                string site = tick.TypeName + " @ " + string.Join(" <- ", own);
                bytesBySite[site] = bytesBySite.GetValueOrDefault(site) + tick.AllocationAmount64;
            }
            Console.WriteLine(FormattableString.Invariant($"{total / 1e6:0.0} MB sampled{(under is null ? "" : " under " + under)}; share of it by type @ allocating method:"));
            foreach (var (site, bytes) in bytesBySite.OrderByDescending(p => p.Value).Take(Shown))
                Console.WriteLine(FormattableString.Invariant($"{100 * bytes / total,5:0.0}% {site}"));
            return 0;
        }

        /// <summary>The method without its parameter list: the name says enough.</summary>
        private static string Short(string method)
        {
            int parameters = method.IndexOf('(', StringComparison.Ordinal);
            return parameters < 0 ? method : method.Substring(0, parameters);
        }
    }
}
