using System;
using System.Reflection;
using Scriban;
using Scriban.Syntax;

namespace SchemaGen.Generator.Emit
{
    /// <summary>
    /// A template's read of a spec's property (<c>table.ClassName</c>, <c>r.Parts</c>), with the property found once per
    /// node and target type: Scriban looks the target's accessor up by type and the member up by name at every read,
    /// tens of thousands of times per generator run. Any other target (a loop's <c>for</c>, a script object, null, a
    /// member no spec property has) is read by the original node, as Scriban reads it. <see cref="TemplateRewriter"/>
    /// puts these nodes in place of member expressions when the templates are loaded.
    /// </summary>
    internal sealed class MemberRead : ScriptExpression
    {
        private ScriptExpression _target;
        private readonly ScriptMemberExpression _original;
        // The last target type seen and its property: one reference, written whole, so threads that share the template see either.
        private CachedProperty? _cached;

        public MemberRead(ScriptExpression target, ScriptMemberExpression original)
        {
            _target = null!;
            ParentToThis(ref _target, target);
            _original = original;
            Name = original.Member?.Name ?? "";
        }

        public string Name { get; }

        public override int ChildrenCount => 1;

        protected override ScriptNode GetChildrenImpl(int index) => _target;

        public override object? Evaluate(TemplateContext context)
        {
            object? target = context.Evaluate(_target);
            if (target is null) return _original.GetValue(context);
            Type type = target.GetType();
            CachedProperty? cached = _cached;
            if (cached is null || cached.Type != type)
            {
                PropertyInfo? property = SpecProperty(type, Name);
                if (property is null) return _original.GetValue(context);
                _cached = cached = new CachedProperty(type, property);
            }
            return cached.Property.GetValue(target);
        }

        /// <summary>
        /// The public instance property a template reads from a spec type (the generator's own types, which Scriban reads by
        /// reflection under their own names); null for anything else, which the original node reads.
        /// </summary>
        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2070",
            Justification = "Only types of this assembly are asked, and the CLI's native build keeps it whole (TrimmerRootAssembly), as Scriban's own reads of the spec need.")]
        private static PropertyInfo? SpecProperty(Type type, string name)
        {
            if (type.Assembly != typeof(MemberRead).Assembly) return null;
            try
            {
                PropertyInfo? property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
                return property is { CanRead: true } && property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true } ? property : null;
            }
            catch (AmbiguousMatchException)
            {
                return null;
            }
        }

        public override void PrintTo(ScriptPrinter printer)
        {
            printer.Write(_target);
            printer.Write(".");
            printer.Write(Name);
        }

        public override bool CanHaveLeadingTrivia() => false;

        private sealed record CachedProperty(Type Type, PropertyInfo Property);
    }
}
