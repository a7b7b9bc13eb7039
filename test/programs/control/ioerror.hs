-- System.IO.Error: constructing, inspecting and modifying IOErrors.
import System.IO.Error
import System.IO
import Control.Exception

describe :: IOError -> String
describe e = unwords [ name | (name, p) <- preds, p e ]
  where preds = [ ("alreadyExists", isAlreadyExistsError), ("doesNotExist", isDoesNotExistError)
                , ("alreadyInUse", isAlreadyInUseError), ("full", isFullError), ("eof", isEOFError)
                , ("illegal", isIllegalOperation), ("permission", isPermissionError), ("user", isUserError)
                , ("resourceVanished", isResourceVanishedError) ]

describeType :: IOErrorType -> String
describeType t = unwords [ name | (name, p) <- preds, p t ]
  where preds = [ ("alreadyExists", isAlreadyExistsErrorType), ("doesNotExist", isDoesNotExistErrorType)
                , ("alreadyInUse", isAlreadyInUseErrorType), ("full", isFullErrorType), ("eof", isEOFErrorType)
                , ("illegal", isIllegalOperationErrorType), ("permission", isPermissionErrorType), ("user", isUserErrorType)
                , ("resourceVanished", isResourceVanishedErrorType) ]

types :: [IOErrorType]
types = [ alreadyExistsErrorType, doesNotExistErrorType, alreadyInUseErrorType, fullErrorType
        , eofErrorType, illegalOperationErrorType, permissionErrorType, userErrorType
        , resourceVanishedErrorType ]

main :: IO ()
main = do
  mapM_ (\t -> putStrLn (show t ++ ": " ++ describeType t)) types
  print (types == types, eofErrorType == userErrorType)
  let errs = [ mkIOError t "loc" Nothing (Just "file.txt") | t <- types ]
  mapM_ (\e -> putStrLn (show e ++ " | " ++ describe e)) errs
  mapM_ (\e -> print (ioeGetErrorType e, ioeGetErrorString e, ioeGetLocation e, ioeGetFileName e, fmap show (ioeGetHandle e))) (take 3 errs)
  let u = userError "custom"
  print u
  print (ioeGetErrorString u, ioeGetLocation u, describe u)
  print (ioeSetErrorString u "changed")
  print (ioeSetErrorString (mkIOError eofErrorType "here" Nothing Nothing) "ignored for non-user")
  print (ioeSetLocation u "somewhere")
  print (ioeSetFileName u "f.hs")
  print (ioeSetErrorType u doesNotExistErrorType)
  print (ioeSetHandle u stdout)
  print (mkIOError doesNotExistErrorType "open" (Just stdin) Nothing)
  print (annotateIOError u "annot" Nothing (Just "g.txt"))
  print (annotateIOError (ioeSetFileName u "keep") "annot" Nothing (Just "g.txt"))
  print (annotateIOError (ioeSetLocation u "loc1") "loc2" Nothing Nothing)
  r <- tryIOError (ioError (userError "thrown")) :: IO (Either IOError ())
  print r
  r2 <- tryIOError (return 5 :: IO Int)
  print r2
  catchIOError (ioError (mkIOError fullErrorType "write" Nothing Nothing)) (\e -> putStrLn ("caught " ++ describe e))
  r3 <- tryIOError (modifyIOError (\e -> ioeSetErrorString e "modified") (ioError (userError "orig"))) :: IO (Either IOError ())
  print r3
  r4 <- tryIOError (modifyIOError (`ioeSetFileName` "x") (return "unchanged"))
  print r4
  r5 <- try (ioError (userError "via try"))
  print (r5 :: Either IOException ())
  r6 <- tryIOError (fail "from fail")
  print (r6 :: Either IOError ())
  (try (throwIO (ErrorCall "not io")) >>= \r7 -> print (r7 :: Either IOError ()))
    `catch` \e -> putStrLn ("ErrorCall passed through: " ++ show (e :: ErrorCall))
  ioError (mkIOError alreadyInUseErrorType "lockFile" Nothing (Just "db.lock"))
