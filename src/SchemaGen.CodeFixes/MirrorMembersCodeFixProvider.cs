using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using SchemaGen.Analyzers.Diagnostics;

namespace SchemaGen.CodeFixes
{
    /// <summary>
    /// SG2006: adds the rows or columns a hand-written [SchemaTable] type lacks, in schema order: cells as int?/decimal?
    /// properties, rows as properties of the generated row and group types with a fresh (blank) instance.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MirrorMembersCodeFixProvider)), Shared]
    public sealed class MirrorMembersCodeFixProvider : SyntaxRewriteFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SchemaGenRules.MirrorMismatchId);

        protected override SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(FixProperties.MissingMembers, out string? lines) && !string.IsNullOrEmpty(lines)
                ? root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>()
                : null;

        protected override string Title(SyntaxNode target, Diagnostic diagnostic)
            => IsRows(diagnostic) ? "Add the missing rows of the table" : "Add the missing columns of the table";

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
        {
            SyntaxTrivia endOfLine = target.SyntaxTree.GetRoot().DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var members = Parse(diagnostic.Properties[FixProperties.MissingMembers]!, IsRows(diagnostic),
                SyntaxFactory.ElasticEndOfLine(endOfLine.IsKind(SyntaxKind.None) ? "\r\n" : endOfLine.ToString()));
            return AddMembers((TypeDeclarationSyntax)target, members.ToArray());
        }

        private static bool IsRows(Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(FixProperties.MemberKind, out string? kind) && kind == FixProperties.RowMembers;

        private static IEnumerable<MemberDeclarationSyntax> Parse(string lines, bool rows, SyntaxTrivia endOfLine)
        {
            foreach (string line in lines.Split('\n'))
            {
                string[] parts = line.Split('\t');
                if (parts.Length != 2) continue;
                string name = parts[0], type = parts[1];
                string text = rows
                    ? "public " + type + " " + name + " { get; set; } = new " + type + "();"
                    : "public " + type + " " + name + " { get; set; }";
                if (SyntaxFactory.ParseMemberDeclaration(text) is { } member)
                    // Elastic trivia with the file's own line ending: each new member on its own line, indented like the others.
                    yield return member
                        .WithLeadingTrivia(SyntaxFactory.ElasticMarker)
                        .WithTrailingTrivia(endOfLine)
                        .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
            }
        }

        private static SyntaxNode AddMembers(TypeDeclarationSyntax type, MemberDeclarationSyntax[] members)
        {
            TypeDeclarationSyntax updated = type.AddMembers(members);
            // A record declared with a semicolon body needs braces to take members.
            if (updated.OpenBraceToken.IsKind(SyntaxKind.None))
                updated = updated.WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken))
                    .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken))
                    .WithSemicolonToken(default);
            return updated.WithAdditionalAnnotations(Formatter.Annotation);
        }
    }
}
