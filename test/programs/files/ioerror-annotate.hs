import System.IO
import System.IO.Error
import System.Directory

main :: IO ()
main = do
  let e = mkIOError doesNotExistErrorType "loc" Nothing Nothing
  print (annotateIOError e "outer" Nothing (Just "ann.txt"))
  let e2 = mkIOError doesNotExistErrorType "loc" Nothing (Just "orig.txt")
  print (annotateIOError e2 "outer" Nothing (Just "other.txt"))
  print (ioeSetErrorString e "new string", ioeSetErrorType e fullErrorType, ioeSetLocation e "newloc", ioeSetFileName e "named.txt")
  print (ioeGetErrorString (ioeSetErrorString (userError "u") "changed"))
  print (ioeGetErrorType e2, ioeGetErrorType (userError "x"))
  r <- tryIOError (modifyIOError (\x -> ioeSetFileName x "renamed.txt") (readFile "gone.txt" >>= putStr))
  print r
  r2 <- tryIOError (modifyIOError (`ioeSetLocation` "myOp") (openFile "gone.txt" ReadMode))
  print (fmap (const ()) r2)
  v <- catchIOError (readFile "gone.txt") (\err -> return ("handled: " ++ show (isDoesNotExistError err)))
  putStrLn v
  v2 <- catchIOError (return "no error") (\_ -> return "handler")
  putStrLn v2
  t1 <- tryIOError (removeFile "gone.txt")
  print t1
  t2 <- tryIOError (createDirectory "d" >> createDirectory "d")
  print (fmap (const ()) t2, either isAlreadyExistsError (const False) t2)
  t3 <- tryIOError (writeFile "f.txt" "x" >> withFile "f.txt" ReadMode (\_ -> writeFile "f.txt" "y"))
  print t3
  print (either isAlreadyInUseError (const False) t3)
  t4 <- tryIOError (getLine >>= putStrLn)
  print (either isEOFError (const False) t4, fmap (const ()) t4)
  t5 <- tryIOError (ioError (userError "mine"))
  print (either isUserError (const False) t5, either ioeGetErrorString (const "") t5)
  catchIOError (ioError (userError "x")) (\err -> print (ioeGetErrorString err, ioeGetLocation err))
