; Registers .casebook files so a double-click opens them in Casebook.
WriteRegStr HKCR ".casebook" "" "Casebook.File"
WriteRegStr HKCR "Casebook.File" "" "Casebook file"
WriteRegStr HKCR "Casebook.File\DefaultIcon" "" "$INSTDIR\bin\casebook.exe,0"
WriteRegStr HKCR "Casebook.File\shell\open\command" "" '"$INSTDIR\bin\casebook.exe" "%1"'
