#!/usr/bin/env bash
# Runs the eight SPOF rules over any folder of C# sources, without building it (no restore, no MSBuild):
# every hit as path:line:column: RULE message, "(test code)" for test projects, then hits and time per rule. The rules
# read the code with the NuGet package's options, as a project that references the package does; --course gives them
# their own defaults, as the course's projects have them.
#   analyzers/RealCodeCheck/check.sh path/to/sources [--summary] [--references FOLDER_OF_PACKAGE_DLLS] [--rules SPOF002,SPOF008] [--course]
#   analyzers/RealCodeCheck/check.sh path/to/sources --projects
# See analyzers/docs/real-code.md for what it measures and how to read it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dotnet build "$here/Katas.Analyzers.RealCodeCheck.csproj" -c Release -v quiet -nologo >&2
exec dotnet "$here/bin/Release/net10.0/Katas.Analyzers.RealCodeCheck.dll" "$@"
