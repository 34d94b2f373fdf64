using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using SchemaGen.Checking;
using SchemaGen.Cli.Checking;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Output
{
    /// <summary>
    /// JUnit XML for CI test reports (the Jenkins xUnit plugin's junit-10.xsd; GitHub, GitLab and Azure test
    /// reporters read the same shape), streamed: &lt;testsuites&gt; opened first, one &lt;testsuite&gt; per file as it
    /// is done, one &lt;testcase&gt; per rule of the file: every rule of its format version, and every other rule that
    /// reported on it. A rule with findings at or above --fail-on fails (one &lt;failure&gt; per finding); findings
    /// below it are the test's system-out; a rule of a table the report lacks is skipped; an input that was not
    /// checked is one test case in error.
    /// </summary>
    public sealed class JUnitCheckOutput : ICheckOutput
    {
        private readonly TextWriter _text;
        private readonly XmlWriter _xml;
        private readonly FindingSeverity _threshold;

        public JUnitCheckOutput(TextWriter writer, FindingSeverity threshold)
        {
            _text = writer;
            _threshold = threshold;
            _xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, CloseOutput = false, NewLineChars = "\n" });
        }

        public void Begin()
        {
            // The writer's own declaration would name the TextWriter's encoding (UTF-16 for a string); the bytes are UTF-8.
            _text.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            _xml.WriteStartElement("testsuites");
            _xml.WriteAttributeString("name", "schemagen check");
            _xml.Flush();
        }

        public void File(FileCheckResult result)
        {
            var cases = Cases(result).ToList();
            _xml.WriteStartElement("testsuite");
            _xml.WriteAttributeString("name", result.Path);
            _xml.WriteAttributeString("tests", Count(cases.Count));
            _xml.WriteAttributeString("failures", Count(cases.Count(c => c.Kind == CaseKind.Failed)));
            _xml.WriteAttributeString("errors", Count(cases.Count(c => c.Kind == CaseKind.Error)));
            _xml.WriteAttributeString("skipped", Count(cases.Count(c => c.Kind == CaseKind.Skipped)));
            if (result.Format is { } format)
            {
                _xml.WriteStartElement("properties");
                Property("format", format.Format.Descriptor.Key);
                Property("confidence", FindingText.Confidence(format.Confidence));
                _xml.WriteEndElement();
            }
            foreach (TestCase test in cases) Write(result.Path, test);
            _xml.WriteEndElement();
            _xml.Flush();
            _text.Flush();
        }

        public void End(CheckEnding ending)
        {
            _xml.WriteEndElement();
            _xml.Flush();
            _text.Write('\n');
            _text.Flush();
        }

        private enum CaseKind { Passed, Failed, Error, Skipped }

        private sealed record TestCase(string Rule, CaseKind Kind, string? SkipReason, IReadOnlyList<CheckFinding> Findings);

        private IEnumerable<TestCase> Cases(FileCheckResult result)
        {
            if (result.Status != CheckStatus.Checked)
            {
                yield return new TestCase("read", CaseKind.Error, null, result.Findings);
                yield break;
            }
            var byRule = result.Findings.GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => (IReadOnlyList<CheckFinding>)g.ToList());
            var rules = new List<string>();
            SchemaDescriptor schema = result.Format!.Format.Descriptor;
            rules.AddRange(schema.Invariants.Where(i => !i.AcrossYears).Select(i => i.Id).Append(CheckerRules.CellKind.Id));
            rules.AddRange(result.Findings.Select(f => f.RuleId).Where(id => !rules.Contains(id)).Distinct());
            foreach (string rule in rules)
            {
                IReadOnlyList<CheckFinding> findings = byRule.TryGetValue(rule, out var found) ? found : new CheckFinding[0];
                if (findings.Any(f => f.Level.IsAtLeast(_threshold)))
                    yield return new TestCase(rule, CaseKind.Failed, null, findings);
                else if (findings.Count == 0 && SkipReason(result, schema, rule) is { } reason)
                    yield return new TestCase(rule, CaseKind.Skipped, reason, findings);
                else
                    yield return new TestCase(rule, CaseKind.Passed, null, findings);
            }
        }

        /// <summary>A table rule of a table that is not present was not checked: the presence finding says why.</summary>
        private static string? SkipReason(FileCheckResult result, SchemaDescriptor schema, string rule)
        {
            InvariantDescriptor? invariant = schema.Invariants.FirstOrDefault(i => i.Id == rule);
            if (invariant is null) return null;
            TableStatus? table = result.Tables.SelectMany(t => t.Blocks).FirstOrDefault(b => b.Table == invariant.TableId);
            return table is null || table.Presence == TablePresence.Present ? null : $"table {table.SectionNumber} ({table.Table}) is {table.Presence.ToString().ToLowerInvariant()}";
        }

        private void Write(string path, TestCase test)
        {
            _xml.WriteStartElement("testcase");
            _xml.WriteAttributeString("classname", path);
            _xml.WriteAttributeString("name", test.Rule);
            switch (test.Kind)
            {
                case CaseKind.Skipped:
                    _xml.WriteStartElement("skipped");
                    _xml.WriteAttributeString("message", test.SkipReason);
                    _xml.WriteEndElement();
                    break;
                case CaseKind.Error:
                    foreach (CheckFinding finding in test.Findings) Problem("error", path, finding);
                    break;
                case CaseKind.Failed:
                    foreach (CheckFinding finding in test.Findings.Where(f => f.Level.IsAtLeast(_threshold))) Problem("failure", path, finding);
                    break;
            }
            var belowThreshold = test.Kind == CaseKind.Error ? new List<CheckFinding>() : test.Findings.Where(f => !f.Level.IsAtLeast(_threshold)).ToList();
            if (belowThreshold.Count > 0) _xml.WriteElementString("system-out", string.Join("\n", belowThreshold.Select(f => FindingText.Line(path, f))));
            _xml.WriteEndElement();
        }

        private void Problem(string element, string path, CheckFinding finding)
        {
            _xml.WriteStartElement(element);
            _xml.WriteAttributeString("type", finding.Level.Word());
            _xml.WriteAttributeString("message", finding.Message);
            _xml.WriteString(FindingText.Line(path, finding));
            _xml.WriteEndElement();
        }

        private void Property(string name, string value)
        {
            _xml.WriteStartElement("property");
            _xml.WriteAttributeString("name", name);
            _xml.WriteAttributeString("value", value);
            _xml.WriteEndElement();
        }

        private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
    }
}
