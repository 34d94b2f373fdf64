using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Checking
{
    /// <summary>A configuration file that cannot be used, with where it went wrong (file:line when known).</summary>
    public sealed class SeverityConfigException : Exception
    {
        public SeverityConfigException(string message) : base(message)
        {
        }
    }

    /// <summary>
    /// Per-rule levels from a configuration file, as analyzers' severities are configured: raise, lower or silence a rule
    /// id. Applied to every finding before anything is written or counted, so every output and the exit code see the
    /// same levels. Two files are read:
    /// <list type="bullet">
    /// <item><c>schemagen.json</c>: <c>{ "rules": { "outcome-total": "warning", "SG3016": "none" } }</c></item>
    /// <item><c>.editorconfig</c>: <c>dotnet_diagnostic.outcome-total.severity = warning</c>, the analyzers' own key</item>
    /// </list>
    /// Levels: <c>error</c>, <c>warning</c>, <c>suggestion</c> (or <c>note</c>, <c>info</c>), and <c>silent</c> or
    /// <c>none</c>, which drops the finding.
    /// </summary>
    public sealed class SeverityOverrides
    {
        public const string JsonFileName = "schemagen.json";
        public const string EditorConfigFileName = ".editorconfig";

        private const string KeyPrefix = "dotnet_diagnostic.";
        private const string KeySuffix = ".severity";

        // A silenced rule maps to null.
        private readonly IReadOnlyDictionary<string, FindingSeverity?> _levels;

        private SeverityOverrides(IReadOnlyDictionary<string, FindingSeverity?> levels, string? source)
        {
            _levels = levels;
            Source = source;
        }

        public static SeverityOverrides None { get; } = new(new Dictionary<string, FindingSeverity?>(), null);

        /// <summary>The file the levels came from; null for none.</summary>
        public string? Source { get; }

        public IEnumerable<string> RuleIds => _levels.Keys;

        /// <summary>The level a rule is reported at after the overrides (null: silenced).</summary>
        public FindingSeverity? LevelOf(string ruleId, FindingSeverity level)
            => _levels.TryGetValue(ruleId, out FindingSeverity? configured) ? configured : level;

        public IReadOnlyList<CheckFinding> Apply(IReadOnlyList<CheckFinding> findings)
        {
            if (_levels.Count == 0) return findings;
            var result = new List<CheckFinding>(findings.Count);
            foreach (CheckFinding finding in findings)
            {
                if (LevelOf(finding.RuleId, finding.Level) is not FindingSeverity level) continue;
                result.Add(level == finding.Level ? finding : finding with { Level = level });
            }
            return result;
        }

        public FileCheckResult Apply(FileCheckResult result) => _levels.Count == 0 ? result : result.WithFindings(Apply(result.Findings));

        /// <summary>The given file (its kind by name: *.json, else editorconfig), or, without one, the nearest schemagen.json or .editorconfig files from <paramref name="directory"/> up.</summary>
        public static SeverityOverrides Load(string? configFile, string directory)
        {
            if (configFile is not null)
            {
                if (!File.Exists(configFile)) throw new SeverityConfigException($"{configFile}: no such file");
                return configFile.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? FromJson(configFile) : FromEditorConfigs(new[] { configFile });
            }
            var editorConfigs = new List<string>();
            bool editorConfigRootSeen = false;
            for (DirectoryInfo? dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
            {
                string json = Path.Combine(dir.FullName, JsonFileName);
                if (File.Exists(json) && editorConfigs.Count == 0) return FromJson(json);
                string editorConfig = Path.Combine(dir.FullName, EditorConfigFileName);
                if (!editorConfigRootSeen && File.Exists(editorConfig))
                {
                    editorConfigs.Add(editorConfig);
                    editorConfigRootSeen = IsRoot(editorConfig);
                }
            }
            // Farthest first, so that a nearer file's setting wins, as editorconfig's own rule is.
            editorConfigs.Reverse();
            return editorConfigs.Count == 0 ? None : FromEditorConfigs(editorConfigs);
        }

        private static SeverityOverrides FromJson(string path)
        {
            var levels = new Dictionary<string, FindingSeverity?>(StringComparer.Ordinal);
            try
            {
                using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                    throw new SeverityConfigException($"{path}: expected an object with \"rules\"");
                if (!document.RootElement.TryGetProperty("rules", out JsonElement rules)) return new SeverityOverrides(levels, path);
                if (rules.ValueKind != JsonValueKind.Object)
                    throw new SeverityConfigException($"{path}: \"rules\" must be an object of rule id → level");
                foreach (JsonProperty rule in rules.EnumerateObject())
                {
                    string word = rule.Value.ValueKind == JsonValueKind.String ? rule.Value.GetString()! : rule.Value.GetRawText();
                    levels[rule.Name] = ParseLevel(word, $"{path}: rule \"{rule.Name}\"");
                }
            }
            catch (JsonException ex)
            {
                throw new SeverityConfigException($"{path}:{(ex.LineNumber ?? 0) + 1}: not valid JSON: {ex.Message}");
            }
            return new SeverityOverrides(levels, path);
        }

        private static SeverityOverrides FromEditorConfigs(IEnumerable<string> paths)
        {
            var levels = new Dictionary<string, FindingSeverity?>(StringComparer.Ordinal);
            string? last = null;
            foreach (string path in paths)
            {
                last = path;
                string[] lines = File.ReadAllLines(path);
                for (int i = 0; i < lines.Length; i++)
                {
                    string line = lines[i].Trim();
                    if (line.Length == 0 || line[0] is '#' or ';' or '[') continue;
                    int equals = line.IndexOf('=');
                    if (equals < 0) continue;
                    string key = line.Substring(0, equals).Trim();
                    if (!key.StartsWith(KeyPrefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(KeySuffix, StringComparison.OrdinalIgnoreCase)) continue;
                    string id = key.Substring(KeyPrefix.Length, key.Length - KeyPrefix.Length - KeySuffix.Length);
                    levels[id] = ParseLevel(line.Substring(equals + 1).Trim(), $"{path}:{(i + 1).ToString(CultureInfo.InvariantCulture)}: {key}");
                }
            }
            return new SeverityOverrides(levels, last);
        }

        private static bool IsRoot(string editorConfig)
            => File.ReadLines(editorConfig).Select(l => l.Replace(" ", "")).TakeWhile(l => !l.StartsWith("[", StringComparison.Ordinal))
                .Any(l => l.Equals("root=true", StringComparison.OrdinalIgnoreCase));

        private static FindingSeverity? ParseLevel(string word, string where) => word.Trim().ToLowerInvariant() switch
        {
            "error" => FindingSeverity.Error,
            "warning" => FindingSeverity.Warning,
            "suggestion" or "note" or "info" => FindingSeverity.Info,
            "silent" or "none" => null,
            _ => throw new SeverityConfigException($"{where}: \"{word}\" is not a level (error, warning, suggestion, silent or none)"),
        };
    }
}
