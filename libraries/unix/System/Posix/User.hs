-- | unix-2.7.2.2's System.Posix.User (clean-room, hs2stg): the process's
-- ids (Node's process) and the user and group databases, read from
-- /etc/passwd and /etc/group (what the C library's files backend reads).
module System.Posix.User
  ( getRealUserID, getRealGroupID, getEffectiveUserID, getEffectiveGroupID
  , getGroups, getEffectiveUserName
  , GroupEntry (..), getGroupEntryForID, getGroupEntryForName, getAllGroupEntries
  , UserEntry (..), getUserEntryForID, getUserEntryForName, getAllUserEntries
  ) where

import System.IO.Error (doesNotExistErrorType, ioeSetErrorString, mkIOError)
import System.Posix.Hs2stg (fields, splitOn, uxInt, uxText, uxTextWith)
import System.Posix.Types

data UserEntry = UserEntry
  { userName :: String
  , userPassword :: String
  , userID :: UserID
  , userGroupID :: GroupID
  , userGecos :: String
  , homeDirectory :: String
  , userShell :: String
  }
  deriving (Show, Read, Eq)

data GroupEntry = GroupEntry
  { groupName :: String
  , groupPassword :: String
  , groupID :: GroupID
  , groupMembers :: [String]
  }
  deriving (Show, Read, Eq)

getRealUserID :: IO UserID
getRealUserID = fmap fromIntegral (uxInt 0 0)
getEffectiveUserID :: IO UserID
getEffectiveUserID = fmap fromIntegral (uxInt 1 0)
getRealGroupID :: IO GroupID
getRealGroupID = fmap fromIntegral (uxInt 2 0)
getEffectiveGroupID :: IO GroupID
getEffectiveGroupID = fmap fromIntegral (uxInt 3 0)

getGroups :: IO [GroupID]
getGroups = do
  t <- uxText "getGroups" 7 0
  return (map (fromIntegral . (read :: String -> Int)) (words (maybe "" id t)))

getEffectiveUserName :: IO String
getEffectiveUserName = getEffectiveUserID >>= fmap userName . getUserEntryForID

userEntry :: String -> UserEntry
userEntry t = case fields t of
  [n, pw, u, g, gecos, dir, sh] ->
    UserEntry n pw (fromIntegral (read u :: Int)) (fromIntegral (read g :: Int)) gecos dir sh
  _ -> error ("hs2stg: a passwd entry of an unexpected form: " ++ show t)

groupEntry :: String -> GroupEntry
groupEntry t = case fields t of
  (n : pw : g : ms : _) ->
    GroupEntry n pw (fromIntegral (read g :: Int)) (if null ms then [] else splitOn ',' ms)
  _ -> error ("hs2stg: a group entry of an unexpected form: " ++ show t)

-- | The entry, or unix's "no such user/group" NoSuchThing error at loc.
found :: String -> String -> (String -> a) -> Maybe String -> IO a
found loc what make t = case t of
  Just s -> return (make s)
  Nothing -> ioError (ioeSetErrorString (mkIOError doesNotExistErrorType loc Nothing Nothing) ("no such " ++ what))

getUserEntryForID :: UserID -> IO UserEntry
getUserEntryForID u = uxText "getUserEntryForID" 0 (fromIntegral u) >>= found "getUserEntryForID" "user" userEntry

getUserEntryForName :: String -> IO UserEntry
getUserEntryForName n = uxTextWith "getUserEntryForName" 1 n 0 >>= found "getUserEntryForName" "user" userEntry

getGroupEntryForID :: GroupID -> IO GroupEntry
getGroupEntryForID g = uxText "getGroupEntryForID" 2 (fromIntegral g) >>= found "getGroupEntryForID" "group" groupEntry

getGroupEntryForName :: String -> IO GroupEntry
getGroupEntryForName n = uxTextWith "getGroupEntryForName" 3 n 0 >>= found "getGroupEntryForName" "group" groupEntry

getAllUserEntries :: IO [UserEntry]
getAllUserEntries = fmap (map userEntry . lines' ) (uxText "getAllUserEntries" 4 0)

getAllGroupEntries :: IO [GroupEntry]
getAllGroupEntries = fmap (map groupEntry . lines') (uxText "getAllGroupEntries" 5 0)

lines' :: Maybe String -> [String]
lines' t = case t of
  Just s | not (null s) -> splitOn '\n' s
  _ -> []
