import System.Directory
import System.IO.Error

main :: IO ()
main = do
  createDirectoryIfMissing True "p1"
  createDirectoryIfMissing True "p2/sub"
  writeFile "p2/tool" "#!/bin/sh\n"
  writeFile "p1/tool" "first"
  writeFile "p2/only2" "second"
  findFile ["p1", "p2"] "tool" >>= print
  findFile ["p2", "p1"] "tool" >>= print
  findFile ["p1", "p2"] "only2" >>= print
  findFile ["p1", "p2"] "none" >>= print
  findFile ["p1", "p2"] "sub" >>= print
  findFiles ["p1", "p2", "p1"] "tool" >>= print
  findFileWith (\p -> return (p /= "p1/tool")) ["p1", "p2"] "tool" >>= print
  pf <- getPermissions "p1/tool"
  print (readable pf, writable pf, executable pf, searchable pf)
  pd <- getPermissions "p1"
  print (readable pd, writable pd, executable pd, searchable pd)
  setPermissions "p2/tool" (setOwnerExecutable True pf)
  pe <- getPermissions "p2/tool"
  print (executable pe, pe == setOwnerExecutable True pf)
  print (emptyPermissions, setOwnerReadable True emptyPermissions)
  r <- tryIOError (getPermissions "nope")
  print r
  findExecutable "this-program-does-not-exist-anywhere" >>= print
  exeExtension `seq` print exeExtension
