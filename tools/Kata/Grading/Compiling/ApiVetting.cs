using Katas.Tool.Grading.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Katas.Tool.Grading.Compiling;

/// <summary>
/// Reads the student's code before anything runs and flags the APIs no kata needs: starting processes,
/// ending the process, writing files, reflection, module initializers, native code, unsafe code,
/// redirecting the console. A flagged submission is still graded (in the sandbox) and marked for review.
/// </summary>
internal static class ApiVetting
{
    /// <summary>Whole types no kata needs, by metadata name.</summary>
    private static readonly Dictionary<string, string> s_types = new(StringComparer.Ordinal)
    {
        ["System.Diagnostics.Process"] = "starts or controls processes",
        ["System.Diagnostics.ProcessStartInfo"] = "starts processes",
        ["System.IO.FileStream"] = "opens files",
        ["System.IO.StreamWriter"] = "writes files",
        ["System.IO.FileInfo"] = "works on files",
        ["System.IO.DirectoryInfo"] = "works on folders",
        ["System.IO.Directory"] = "works on folders",
        ["System.Runtime.InteropServices.NativeLibrary"] = "loads native code",
        ["System.Runtime.InteropServices.Marshal"] = "reads and writes raw memory",
        ["System.Reflection.Assembly"] = "reflection into other assemblies (the test framework)",
        ["System.Reflection.FieldInfo"] = "reflection",
        ["System.Reflection.MethodInfo"] = "reflection",
        ["System.Reflection.PropertyInfo"] = "reflection",
        ["System.Runtime.Loader.AssemblyLoadContext"] = "loads assemblies",
        ["System.AppDomain"] = "reflection into the running process",
    };

    /// <summary>Single members no kata needs: type, then member names.</summary>
    private static readonly Dictionary<string, (string[] Members, string Reason)> s_members = new(StringComparer.Ordinal)
    {
        ["System.Environment"] = (["Exit", "FailFast", "SetEnvironmentVariable"], "ends the process or changes its environment"),
        ["System.IO.File"] = (["WriteAllText", "WriteAllTextAsync", "WriteAllBytes", "WriteAllBytesAsync", "WriteAllLines", "WriteAllLinesAsync", "AppendAllText", "AppendAllTextAsync", "AppendAllLines", "AppendAllLinesAsync", "AppendText", "Create", "CreateText", "Delete", "Move", "Copy", "Replace", "Open", "OpenWrite", "OpenHandle", "CreateSymbolicLink", "SetAttributes"], "writes files"),
        ["System.Console"] = (["SetOut", "SetError", "OpenStandardOutput", "OpenStandardError"], "takes over the console (the test runner's output)"),
        ["System.Type"] = (["GetType", "GetField", "GetFields", "GetMethod", "GetMethods", "GetProperty", "GetProperties", "InvokeMember", "GetMember", "GetMembers"], "reflection"),
        ["System.Activator"] = (["CreateInstance"], "reflection"),
        ["System.GC"] = (["AllocateUninitializedArray", "KeepAlive"], "works around the runtime"),
    };

    private static readonly Dictionary<string, string> s_attributes = new(StringComparer.Ordinal)
    {
        ["System.Runtime.CompilerServices.ModuleInitializerAttribute"] = "a module initializer runs before any spec; the grader does not run it",
        ["System.Runtime.InteropServices.DllImportAttribute"] = "calls native code (P/Invoke)",
        ["System.Runtime.InteropServices.LibraryImportAttribute"] = "calls native code (P/Invoke)",
        ["System.Runtime.CompilerServices.UnsafeAccessorAttribute"] = "reaches into private members of other types",
    };

    public static IReadOnlyList<ReviewFlag> Scan(string kata, CSharpCompilation compilation, IReadOnlyList<SyntaxTree> studentTrees, CancellationToken cancellationToken)
    {
        var flags = new List<ReviewFlag>();
        foreach (var tree in studentTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (Check(node, model, cancellationToken) is { } found)
                {
                    flags.Add(new ReviewFlag(kata, tree.FilePath, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1, found.Api, found.Reason));
                }
            }
        }

        // One flag per API and line: `File.WriteAllText(File.ReadAllText(...))` is one finding, not three.
        return [.. flags.DistinctBy(f => (f.File, f.Line, f.Api))];
    }

    private static (string Api, string Reason)? Check(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case UnsafeStatementSyntax:
            case PointerTypeSyntax:
            case FunctionPointerTypeSyntax:
                return ("unsafe", "unsafe code");
            case MemberDeclarationSyntax member when member.Modifiers.Any(SyntaxKind.UnsafeKeyword):
                return ("unsafe", "unsafe code");
            case AttributeSyntax attribute:
                var attributeType = model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType;
                return attributeType is not null && s_attributes.TryGetValue(attributeType.ToDisplayString(), out var attributeReason)
                    ? ("[" + attributeType.Name.Replace("Attribute", "", StringComparison.Ordinal) + "]", attributeReason)
                    : null;
            case InvocationExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or MemberAccessExpressionSyntax:
                var symbol = model.GetSymbolInfo(node, cancellationToken).Symbol;
                return symbol is null ? null : Banned(symbol);
            default:
                return null;
        }
    }

    private static (string Api, string Reason)? Banned(ISymbol symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null)
        {
            return null;
        }

        var typeName = type.OriginalDefinition.ToDisplayString();
        if (s_types.TryGetValue(typeName, out var typeReason))
        {
            return (typeName + (symbol is INamedTypeSymbol ? "" : "." + symbol.Name), typeReason);
        }

        return s_members.TryGetValue(typeName, out var banned) && banned.Members.Contains(symbol.Name, StringComparer.Ordinal)
            ? (typeName + "." + symbol.Name, banned.Reason)
            : null;
    }
}
