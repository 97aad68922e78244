module pinship.local/pause

go 1.24
