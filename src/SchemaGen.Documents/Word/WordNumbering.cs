using System;
using System.Collections.Generic;
using System.Text;
using System.Xml.Linq;
using static SchemaGen.Documents.Word.WordXml;

namespace SchemaGen.Documents.Word
{
    /// <summary>
    /// Automatic numbering (numbering.xml) with its running counters, so that a paragraph numbered by <c>w:numPr</c>
    /// gets back the number Word shows in front of it (「一、」「（三）」「1.」), which is not in its runs.
    /// <para>
    /// Counters belong to the abstract numbering definition, not to the <c>w:num</c> instance: instances that share an
    /// abstract definition continue one sequence (ECMA-376 §17.9), and an instance with a <c>w:startOverride</c> restarts
    /// the overridden levels of that sequence the first time it is used. A level restarts when a higher level is used,
    /// or only when the level named by <c>w:lvlRestart</c> (or never, for 0) is.
    /// </para>
    /// </summary>
    internal sealed class WordNumbering
    {
        private const int LevelCount = 9;

        private readonly Dictionary<int, XElement> _abstracts = new Dictionary<int, XElement>();
        private readonly Dictionary<int, XElement> _instances = new Dictionary<int, XElement>();
        private readonly WordStyles _styles;
        private readonly Dictionary<int, ListState> _lists = new Dictionary<int, ListState>();
        private readonly HashSet<int> _instancesUsed = new HashSet<int>();

        public static WordNumbering Create(XElement? numberingRoot, WordStyles styles) => new WordNumbering(numberingRoot, styles);

        private WordNumbering(XElement? numberingRoot, WordStyles styles)
        {
            _styles = styles;
            if (numberingRoot is null) return;
            foreach (XElement definition in numberingRoot.Elements(W + "abstractNum"))
                if (Int((string?)definition.Attribute(W + "abstractNumId")) is int id && !_abstracts.ContainsKey(id)) _abstracts[id] = definition;
            foreach (XElement instance in numberingRoot.Elements(W + "num"))
                if (Int((string?)instance.Attribute(W + "numId")) is int id && !_instances.ContainsKey(id)) _instances[id] = instance;
        }

        /// <summary>
        /// Counts one numbered paragraph and returns the text Word puts in front of it: the level text with each
        /// <c>%n</c> replaced, then the level's suffix (tab, space or nothing). Null when the paragraph shows no number:
        /// numbering removed (<c>numId</c> 0), an unknown list, a bullet (a symbol, not a number anyone reads a label by).
        /// </summary>
        /// <param name="paragraphStyleId">The paragraph's style, for a level that names it in <c>w:pStyle</c> when no <c>w:ilvl</c> is given.</param>
        public string? Next(int numId, int? level, string? paragraphStyleId)
        {
            if (numId == 0 || !_instances.TryGetValue(numId, out XElement? instance)) return null;
            XElement? definition = AbstractOf(instance);
            if (definition is null) return null;
            int abstractId = Int((string?)definition.Attribute(W + "abstractNumId")) ?? -1;

            int ilvl = level ?? LevelNamingStyle(definition, paragraphStyleId) ?? 0;
            if (ilvl < 0 || ilvl >= LevelCount) return null;

            if (!_lists.TryGetValue(abstractId, out ListState? list)) _lists[abstractId] = list = new ListState();
            if (_instancesUsed.Add(numId)) ApplyStartOverrides(instance, list);

            XElement?[] levels = LevelsOf(definition, instance);
            XElement? levelDefinition = levels[ilvl];
            int value = list.Values[ilvl] is int current ? current + 1 : list.PendingStart[ilvl] ?? StartOf(levelDefinition);
            list.Values[ilvl] = value;
            list.PendingStart[ilvl] = null;
            RestartLevelsBelow(ilvl, levels, list);

            if (levelDefinition is null || ChildVal(levelDefinition, "numFmt") == "bullet") return null;
            string label = LevelText(levelDefinition, ilvl, levels, list);
            if (label.Length == 0) return null;
            return label + Suffix(levelDefinition);
        }

        /// <summary>The abstract definition an instance uses, following <c>w:numStyleLink</c> through a numbering style.</summary>
        private XElement? AbstractOf(XElement instance)
        {
            XElement? definition = Int(ChildVal(instance, "abstractNumId")) is int id && _abstracts.TryGetValue(id, out XElement? found) ? found : null;
            for (int hops = 0; definition is not null && hops < 4; hops++)
            {
                string? link = ChildVal(definition, "numStyleLink");
                if (link is null) return definition;
                if (_styles.NumIdOfNumberingStyle(link) is not int linkedNumId || !_instances.TryGetValue(linkedNumId, out XElement? linked)) return definition;
                definition = Int(ChildVal(linked, "abstractNumId")) is int linkedId && _abstracts.TryGetValue(linkedId, out XElement? next) ? next : null;
            }
            return definition;
        }

        /// <summary>The level definitions: the abstract's, each replaced by the instance's own <c>w:lvlOverride/w:lvl</c> where it has one.</summary>
        private static XElement?[] LevelsOf(XElement definition, XElement instance)
        {
            var levels = new XElement?[LevelCount];
            foreach (XElement lvl in definition.Elements(W + "lvl"))
                if (Int((string?)lvl.Attribute(W + "ilvl")) is int i && i >= 0 && i < LevelCount && levels[i] is null) levels[i] = lvl;
            foreach (XElement overriding in instance.Elements(W + "lvlOverride"))
                if (Int((string?)overriding.Attribute(W + "ilvl")) is int i && i >= 0 && i < LevelCount && overriding.Element(W + "lvl") is XElement lvl)
                    levels[i] = lvl;
            return levels;
        }

        private static int? LevelNamingStyle(XElement definition, string? styleId)
        {
            if (styleId is null) return null;
            foreach (XElement lvl in definition.Elements(W + "lvl"))
                if (ChildVal(lvl, "pStyle") == styleId) return Int((string?)lvl.Attribute(W + "ilvl"));
            return null;
        }

        /// <summary>ECMA-376 says an omitted <c>w:start</c> is 0; Word always writes it.</summary>
        private static int StartOf(XElement? level) => Int(ChildVal(level, "start")) ?? 0;

        private static void ApplyStartOverrides(XElement instance, ListState list)
        {
            foreach (XElement overriding in instance.Elements(W + "lvlOverride"))
            {
                if (Int((string?)overriding.Attribute(W + "ilvl")) is not int i || i < 0 || i >= LevelCount) continue;
                int? start = Int(ChildVal(overriding, "startOverride")) ?? (overriding.Element(W + "lvl") is XElement lvl ? StartOf(lvl) : null);
                if (start is null) continue;
                list.Values[i] = null;
                list.PendingStart[i] = start;
            }
        }

        private static void RestartLevelsBelow(int used, XElement?[] levels, ListState list)
        {
            for (int deeper = used + 1; deeper < LevelCount; deeper++)
            {
                // w:lvlRestart n (1-based): restart after level n-1 or a higher one is used; 0: never; absent: after any higher level.
                int? restartAfter = Int(ChildVal(levels[deeper], "lvlRestart"));
                bool restarts = restartAfter is null || (restartAfter > 0 && used < restartAfter);
                if (restarts) list.Values[deeper] = null;
            }
        }

        /// <summary>
        /// <c>w:lvlText</c> with <c>%1</c>…<c>%9</c> replaced by those levels' counters, each in its own level's format
        /// (all in decimal when this level is <c>w:isLgl</c>, legal numbering). A level not used yet shows its start.
        /// </summary>
        private static string LevelText(XElement level, int ilvl, XElement?[] levels, ListState list)
        {
            string pattern = ChildVal(level, "lvlText") ?? "";
            bool legal = IsOn(level, "isLgl");
            var text = new StringBuilder(pattern.Length + 4);
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '%' && i + 1 < pattern.Length && pattern[i + 1] >= '1' && pattern[i + 1] <= '9')
                {
                    int referenced = pattern[i + 1] - '1';
                    i++;
                    if (referenced > ilvl && list.Values[referenced] is null) continue;
                    int value = list.Values[referenced] ?? StartOf(levels[referenced]);
                    string? format = ChildVal(levels[referenced], "numFmt");
                    text.Append(NumberFormatter.Format(value, legal ? "decimal" : format));
                }
                else
                {
                    text.Append(c);
                }
            }
            return text.ToString();
        }

        private static string Suffix(XElement level) => ChildVal(level, "suff") switch
        {
            "space" => " ",
            "nothing" => "",
            _ => "\t",
        };

        /// <summary>The running counters of one abstract numbering definition.</summary>
        private sealed class ListState
        {
            /// <summary>The value each level last showed; null when it has not been used since it last restarted.</summary>
            public readonly int?[] Values = new int?[LevelCount];

            /// <summary>A start value an instance's <c>w:startOverride</c> set for a level's next use.</summary>
            public readonly int?[] PendingStart = new int?[LevelCount];
        }
    }
}
