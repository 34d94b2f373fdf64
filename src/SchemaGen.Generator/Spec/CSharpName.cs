using System;
using System.Linq;
using SchemaGen.Schema.Model;

namespace SchemaGen.Generator.Spec
{
    /// <summary>
    /// A C# name the spec has checked: an identifier, or identifiers joined by dots (a namespace, or a member path such as
    /// Outcomes.Withheld.StateSecret). The templates may write it as it is; every other string reaches the output only
    /// through an escaper (see Emit/CSharpText). Constructing one from anything else throws, which the generator turns
    /// into SG1012: a name never reaches the output unchecked.
    /// </summary>
    public readonly record struct CSharpName
    {
        public CSharpName(string value)
        {
            if (value is null || !IsDottedName(value))
                throw new ArgumentException($"'{value}' is not a C# identifier or dotted name", nameof(value));
            Value = value;
        }

        public string Value { get; }

        public override string ToString() => Value;

        public static CSharpName Join(params string[] parts) => new CSharpName(string.Join(".", parts.Where(p => p.Length > 0)));

        /// <summary>Identifiers joined by dots. Checked in place: the spec builder makes a name for every cell and rule.</summary>
        private static bool IsDottedName(string value)
        {
            for (int start = 0; ; )
            {
                int dot = value.IndexOf('.', start);
                int end = dot < 0 ? value.Length : dot;
                if (!IsIdentifier(value, start, end)) return false;
                if (dot < 0) return true;
                start = dot + 1;
            }
        }

        /// <summary>Plain ASCII identifiers (what schema ids are), the generator's own names, or a keyword escaped with @.</summary>
        private static bool IsIdentifier(string value, int start, int end)
        {
            bool escaped = start < end && value[start] == '@';
            int first = escaped ? start + 1 : start;
            if (first >= end || value[first] >= 128 || !(char.IsLetter(value[first]) || value[first] == '_')) return false;
            for (int i = first + 1; i < end; i++)
            {
                char c = value[i];
                if (c >= 128 || !(char.IsLetterOrDigit(c) || c == '_')) return false;
            }
            return escaped || value[first] == '_' || !Naming.IsKeyword(first == 0 && end == value.Length ? value : value.Substring(first, end - first));
        }
    }
}
