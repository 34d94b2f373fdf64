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
            if (value is null || !value.Split('.').All(IsIdentifier))
                throw new ArgumentException($"'{value}' is not a C# identifier or dotted name", nameof(value));
            Value = value;
        }

        public string Value { get; }

        public override string ToString() => Value;

        public static CSharpName Join(params string[] parts) => new CSharpName(string.Join(".", parts.Where(p => p.Length > 0)));

        /// <summary>Plain ASCII identifiers (what schema ids are), the generator's own names, or a keyword escaped with @.</summary>
        private static bool IsIdentifier(string part)
        {
            string name = part.StartsWith("@", StringComparison.Ordinal) ? part.Substring(1) : part;
            return name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name[0] < 128
                   && name.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '_'))
                   && (part[0] == '@' || Naming.IsValidIdentifier(name) || name[0] == '_');
        }
    }
}
