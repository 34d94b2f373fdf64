using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SchemaGen.Benchmarks.Whole
{
    /// <summary>A measured figure beside its baseline from the same run, with the ratio and the goal the issue sets.</summary>
    internal sealed record Figure(
        string Section, string Name, string Subject, string Baseline,
        double SubjectWall, double BaselineWall, double SubjectCpu, double BaselineCpu,
        double SubjectPeakMiB, double BaselinePeakMiB, int Runs, string Goal, string Note)
    {
        public double WallRatio => SubjectWall / BaselineWall;

        public double CpuRatio => SubjectCpu / BaselineCpu;

        public static Figure Of(string section, string name, Series subject, Series baseline, string goal, string note = "")
            => new(section, name, subject.Name, baseline.Name, subject.Wall, baseline.Wall, subject.Cpu, baseline.Cpu,
                subject.PeakMiB, baseline.PeakMiB, Math.Min(subject.Samples.Count, baseline.Samples.Count), goal, note);
    }

    /// <summary>Writes the figures as Markdown (for the README) and JSON (for tools), side by side in one directory.</summary>
    internal static class FigureReport
    {
        public static void Write(string directory, string title, IReadOnlyList<Figure> figures, IReadOnlyList<string> context)
        {
            Directory.CreateDirectory(directory);
            var md = new StringBuilder();
            md.Append("# ").Append(title).Append("\n\n");
            foreach (string line in context) md.Append("- ").Append(line).Append('\n');
            foreach (IGrouping<string, Figure> section in figures.GroupBy(f => f.Section))
            {
                md.Append("\n## ").Append(section.Key).Append("\n\n");
                md.Append("| figure | subject | baseline | wall s (subject / baseline) | ratio | CPU s (subject / baseline) | ratio | peak MiB (subject / baseline) | runs | goal | note |\n");
                md.Append("|---|---|---|---|---|---|---|---|---|---|---|\n");
                foreach (Figure f in section)
                {
                    md.Append(Invariant($"| {f.Name} | {f.Subject} | {f.Baseline} | {f.SubjectWall:0.####} / {f.BaselineWall:0.####} | {f.WallRatio:0.00}× | "));
                    md.Append(Invariant($"{f.SubjectCpu:0.####} / {f.BaselineCpu:0.####} | {f.CpuRatio:0.00}× | {f.SubjectPeakMiB:0.#} / {f.BaselinePeakMiB:0.#} | {f.Runs} | {f.Goal} | {f.Note} |\n"));
                }
            }
            File.WriteAllText(Path.Combine(directory, "results.md"), md.ToString());
            var json = new
            {
                title,
                context,
                figures = figures.Select(f => new
                {
                    f.Section, f.Name, f.Subject, f.Baseline, f.SubjectWall, f.BaselineWall, f.WallRatio, f.SubjectCpu, f.BaselineCpu,
                    f.CpuRatio, f.SubjectPeakMiB, f.BaselinePeakMiB, f.Runs, f.Goal, f.Note,
                }),
            };
            var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };
            File.WriteAllText(Path.Combine(directory, "results.json"), JsonSerializer.Serialize(json, options));
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
