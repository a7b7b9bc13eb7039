{-# LANGUAGE ScopedTypeVariables #-}
-- The exceptions package's pure CatchT (Control.Monad.Catch.Pure) through
-- every instance (Functor to MonadMask, Foldable/Traversable over the inner
-- monad, Alternative's userError, the mtl classes, mfix), runCatch and
-- mapCatchT; Either SomeException's MonadMask, ExitCase's Show,
-- handleIOError and handleJust.
module Main (main) where
import Control.Monad.Catch.Pure
import Control.Monad.State
import Control.Monad.Reader
import Control.Monad.Writer
import qualified Control.Exception as E
import Control.Applicative
import Data.Functor.Identity
import System.IO.Error (isDoesNotExistError, ioeGetErrorString)

data Boom = Boom Int deriving Show
instance Exception Boom

showE :: Show a => Either SomeException a -> String
showE (Left e) = "Left " ++ show e
showE (Right a) = "Right " ++ show a

step :: Int -> Catch Int
step n | n > 3 = throwM (Boom n)
       | otherwise = return (n * 2)

main :: IO ()
main = do
  putStrLn (showE (runCatch (mapM step [1, 2, 3])))
  putStrLn (showE (runCatch (mapM step [1, 5, 7])))
  putStrLn (showE (runCatch (step 9 `catch` \(Boom k) -> return (k + 100))))
  putStrLn (showE (runCatch (step 9 `catch` \(e :: E.ArithException) -> return 0)))
  putStrLn (showE (runCatch (fail "bad" :: Catch Int)))
  putStrLn (showE (runCatch (empty <|> pure 'x')))
  putStrLn (showE (runCatch (empty :: Catch ())))
  putStrLn (showE (runCatch (mzero `mplus` (throwM (Boom 1) :: Catch ()))))
  putStrLn (showE (runCatch ((,) <$> step 1 <*> step 2)))
  putStrLn (showE (runCatch (step 1 *> step 2 <* step 3)))
  putStrLn (showE (runCatch (liftA2 (+) (step 1) (step 8))))
  putStrLn (showE (runCatch (fmap negate (step 3))))
  putStrLn (showE (runCatch (generalBracket (return 4) (\r ec -> return (r, case ec of ExitCaseSuccess b -> "ok " ++ show b; ExitCaseException e -> "exc " ++ show e; ExitCaseAbort -> "abort")) (\r -> step r))))
  putStrLn (showE (runCatch (generalBracket (return 4) (\r ec -> return ()) (\r -> step (r + 1)))))
  putStrLn (showE (runCatch (bracket (return 1) (\_ -> return ()) step)))
  putStrLn (showE (runCatch (try (step 7) :: Catch (Either Boom Int))))
  putStrLn (showE (runCatch (mask (\restore -> restore (step 2)))))
  putStrLn (showE (runCatch (uninterruptibleMask_ (step 3))))
  print (length (CatchT (Identity (Right 'a'))), length (CatchT [Right 1, Left (toException (Boom 0)), Right 3]))
  print (sum (CatchT [Right 1, Left (toException (Boom 0)), Right 3]), foldr (:) [] (CatchT [Right 'p', Right 'q']), null (CatchT [Left (toException (Boom 0))] :: CatchT [] Int))
  print (maximum (CatchT [Right 4, Right 9, Right 2]), elem 9 (CatchT [Right 4, Right 9]), product (CatchT (Just (Right 6))))
  r <- traverse (\x -> print x >> return (x + 1)) (CatchT [Right 1, Left (toException (Boom 2)), Right 3])
  mapM_ (putStrLn . showE) (runCatchT r)
  n <- execStateT (runCatchT (do { modify (+ 1); x <- get; when (x > 0) (throwM (Boom x)); put 100 } `catch` \(Boom k) -> put (k * 50))) 4
  print n
  s <- runReaderT (runCatchT (local (++ "!") ask >>= \e -> asks (e ++))) "env"
  putStrLn (showE s)
  (w, out) <- runWriterT (runCatchT (do { tell "a"; (x, l) <- listen (tell "bc" >> return 3); tell (show (x :: Int, l)); censor (map succ) (tell "xyz"); pass (return ((), reverse)) }))
  putStrLn (showE w) >> putStrLn out
  io <- runCatchT (liftIO (putStrLn "io") >> lift (return 5) >>= \x -> throwM (Boom x) >> return ())
  putStrLn (showE io)
  let fibs = runCatch (mfix (\xs -> return (1 : 1 : zipWith (+) xs (tail xs))))
  either (putStrLn . ("left " ++) . show) (print . take 8) fibs
  st <- runStateT (runCatchT (state (\s -> (s * 3, s + 1)) >>= \a -> gets (+ a))) 5
  print (fmap showE [fst st], snd st)
  putStrLn (showE (runCatch (handleJust (\(Boom k) -> if k > 5 then Just k else Nothing) (return . negate) (step 6))))
  putStrLn (showE (runCatch (onException (step 8) (return ()))))
  putStrLn (showE (runIdentity (runCatchT (mapCatchT (fmap (fmap (* 10))) (step 2 :: CatchT Identity Int)))))
  print [ExitCaseSuccess 'a', ExitCaseException (toException (Boom 1)), ExitCaseAbort]
  print (showsPrec 11 (ExitCaseSuccess (Just 3)) "", show (ExitCaseSuccess [1, 2]))
  let eb = generalBracket (Right 1) (\r ec -> Right (r + 100, showEC ec)) (\r -> Left (toException (Boom r))) :: Either SomeException (Int, (Int, String))
      eb2 = generalBracket (Right 1) (\r ec -> Right (showEC ec)) (\r -> Right (r * 2)) :: Either SomeException (Int, String)
  putStrLn (showE eb) >> putStrLn (showE eb2)
  putStrLn (showE (mask (\u -> u (Right 3)) :: Either SomeException Int))
  putStrLn (showE (uninterruptibleMask (\u -> u (Left (toException (Boom 4)))) :: Either SomeException Int))
  putStrLn (showE (bracket_ (Right ()) (Left (toException (Boom 8))) (Right 'z') :: Either SomeException Char))
  r1 <- handleIOError (\e -> return ("io error: " ++ ioeGetErrorString e)) (ioError (userError "custom") >> return "no")
  putStrLn r1
  r2 <- handleIOError (\e -> return (show (isDoesNotExistError e))) (readFile "/nonexistent/mtlrun/file")
  putStrLn r2
  r3 <- handleJust (\(Boom k) -> if even k then Just k else Nothing) (return . show) (throwM (Boom 4))
  putStrLn r3
  r4 <- try (handleJust (\(Boom k) -> if even k then Just k else Nothing) (return . show) (throwM (Boom 5)))
  putStrLn (either (\(Boom k) -> "passed on " ++ show k) id r4)
  r5 <- try (E.evaluate (length (either show show (runCatch (mfix (\x -> (throwM (Boom x) :: Catch Int)))))))
  putStrLn (either (\(E.ErrorCallWithLocation m loc) -> "mfix: " ++ m ++ " / " ++ loc) show r5)
  r6 <- try (E.evaluate (foldr1 (+) (CatchT [Left (toException (Boom 1))] :: CatchT [] Int)))
  putStrLn (either (\(E.ErrorCall m) -> m) show r6)
  r7 <- try (E.evaluate (foldl1 (+) (CatchT Nothing :: CatchT Maybe Int)))
  putStrLn (either (\(E.ErrorCall m) -> m) show r7)
  print (foldr1 (-) (CatchT [Right 10, Right 3, Right 1]), foldl1 (-) (CatchT [Right 10, Right 3, Right 1]), minimum (CatchT [Right 'm', Right 'c']))

showEC :: ExitCase a -> String
showEC (ExitCaseSuccess _) = "success"
showEC (ExitCaseException e) = "exception " ++ show e
showEC ExitCaseAbort = "abort"
