-- chown, lchown and fchown (setOwnerAndGroup, setSymbolicLinkOwnerAndGroup,
-- setFdOwnerAndGroup, and the ByteString ones) in a directory the program
-- makes and removes: to the file's own owner and group, or -1 to keep one,
-- which needs no privilege; to another user's (root's, or nobody's when run
-- as root) the error GHC's gets. Ids are compared, not printed.
import Control.Exception
import Control.Monad (when)
import qualified Data.ByteString.Char8 as B
import System.Directory (createDirectory, removeDirectoryRecursive)
import System.Posix.Files
import qualified System.Posix.Files.ByteString as FB
import System.Posix.IO
import System.Posix.User (getEffectiveUserID)

main :: IO ()
main = do
  let d = "owner-sandbox"
      f = d ++ "/f"
  createDirectory d
  writeFile f "x"
  createSymbolicLink "f" (d ++ "/l")
  st <- getFileStatus f
  let u = fileOwner st
      g = fileGroup st
  me <- getEffectiveUserID
  print (u == me)
  setOwnerAndGroup f u g
  setOwnerAndGroup f (-1) (-1)
  setOwnerAndGroup f (-1) g
  setSymbolicLinkOwnerAndGroup (d ++ "/l") u (-1)
  FB.setOwnerAndGroup (B.pack f) u g
  FB.setSymbolicLinkOwnerAndGroup (B.pack (d ++ "/l")) (-1) g
  fd <- openFd f ReadOnly Nothing defaultFileFlags
  setFdOwnerAndGroup fd u g
  closeFd fd
  st2 <- getFileStatus f
  print (fileOwner st2 == u, fileGroup st2 == g)
  let other = if me == 0 then 65534 else 0
  r <- try (setOwnerAndGroup f other (-1))
  print (r :: Either IOException ())
  r2 <- try (setOwnerAndGroup (d ++ "/missing") u g)
  print (r2 :: Either IOException ())
  r3 <- try (setSymbolicLinkOwnerAndGroup (d ++ "/missing") u g)
  print (r3 :: Either IOException ())
  st3 <- getFileStatus f
  when (me /= 0) (print (fileOwner st3 == u))
  removeDirectoryRecursive d
