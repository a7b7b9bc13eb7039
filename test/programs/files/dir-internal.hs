-- System.Directory.Internal's helpers: ListT, path simplification, error
-- handling (pure, or IO without files).
import System.Directory.Internal
import System.IO.Error
import Control.Exception
main :: IO ()
main = do
  let ps = ["", ".", "..", "a", "a/", "/", "//", "a//b", "a/./b", "a/../b", "/a/../..", "../a", "a/b/../../..", "./a/", "a/.", "a/..", "///a//b///", "\\a\\b", "a/b/.", "/..", "x/../../y/"]
  mapM_ (\p -> print (p, normalisePathSeps p, normaliseTrailingSep p, simplifyPosix p, simplifyWindows p, emptyToCurDir p)) ps
  mapM_ (print . expandDots) [[], ["."], [".."], ["a", ".."], ["a", "..", ".."], ["..", "a"], ["a", ".", "b"], ["/", "..", "a"], ["a", "b", "..", "c"], ["", "..", ""]]
  let e = userError "boom"
  print (ioeAddLocation e "here", ioeAddLocation (ioeSetLocation e "inner") "outer", ioeAddLocation (ioeSetLocation e "inner") "")
  r <- try (specializeErrorString "special" isUserError (ioError e)) :: IO (Either IOError ())
  print r
  r2 <- try (specializeErrorString "special" isDoesNotExistError (ioError e)) :: IO (Either IOError ())
  print r2
  r3 <- tryIOErrorType isUserError (ioError e) :: IO (Either IOError ())
  print r3
  r4 <- try (tryIOErrorType isDoesNotExistError (ioError e)) :: IO (Either IOError (Either IOError ()))
  print r4
  ignoreIOExceptions (ioError e)
  r5 <- try (sequenceWithIOErrors_ [putStrLn "1", ioError (userError "a"), putStrLn "2", ioError (userError "b"), putStrLn "3"]) :: IO (Either IOError ())
  print r5
  andM (return True) (putStrLn "second" >> return False) >>= print
  andM (return False) (putStrLn "never" >> return True) >>= print
  listTToList (listToListT [1,2,3 :: Int]) >>= print
  listTHead (listToListT "xyz") >>= print
  listTHead (emptyListT :: ListT IO Int) >>= print
  listTToList (maybeToListT (return (Just 'q'))) >>= print
  listTToList (liftJoinListT (return (listToListT [True]))) >>= print
