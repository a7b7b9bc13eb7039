-- unix: ids and the user and group databases, printed as relations that
-- hold on any machine (root is uid 0 with home /root; the process's own
-- entry matches its ids).
import Control.Exception (IOException, try)
import System.Posix.User
import System.Posix.Process (getProcessID, getParentProcessID)

main :: IO ()
main = do
  uid <- getRealUserID
  euid <- getEffectiveUserID
  gid <- getRealGroupID
  egid <- getEffectiveGroupID
  print (uid == euid, gid == egid)
  me <- getUserEntryForID uid
  print (userID me == uid, null (userName me))
  byName <- getUserEntryForName (userName me)
  print (byName == me)
  name <- getEffectiveUserName
  print (name == userName me)
  root <- getUserEntryForID 0
  print (userName root, userID root, userGroupID root, homeDirectory root)
  root' <- getUserEntryForName "root"
  print (root' == root)
  g0 <- getGroupEntryForID 0
  print (groupName g0, groupID g0)
  g0' <- getGroupEntryForName "root"
  print (groupID g0' == 0, g0' == g0)
  r <- try (getUserEntryForName "no-such-user-hs2stg")
  print (fmap userName (r :: Either IOException UserEntry))
  r2 <- try (getGroupEntryForName "no-such-group-hs2stg")
  print (fmap groupName (r2 :: Either IOException GroupEntry))
  r3 <- try (getUserEntryForID 987654)
  print (fmap userName (r3 :: Either IOException UserEntry))
  users <- getAllUserEntries
  print (any ((== 0) . userID) users, me `elem` users)
  groups <- getAllGroupEntries
  print (any ((== "root") . groupName) groups)
  -- Show and Read round trip
  let e = UserEntry "ann" "x" 1000 100 "Ann,,," "/home/ann" "/bin/sh"
  print e
  print (read (show e) == e)
  let g = GroupEntry "staff" "x" 50 ["ann", "bob"]
  print g
  print (read (show g) :: GroupEntry)
  pid <- getProcessID
  ppid <- getParentProcessID
  print (pid > 1, ppid > 0, pid /= ppid)
