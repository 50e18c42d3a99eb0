@echo off
rem The kata loop. `kata --help` tells what it does; `kata` shows your next step.
setlocal
set "root=%~dp0"
dotnet build "%root%tools\Kata" -nologo -verbosity:quiet -terminalLogger:off >"%TEMP%\kata-build.log" 2>&1 || (type "%TEMP%\kata-build.log" 1>&2 & exit /b 2)
dotnet "%root%tools\Kata\bin\Debug\net10.0\kata.dll" %*
