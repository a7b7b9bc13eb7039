{-# OPTIONS_GHC -Wno-deprecations #-}
-- exceptions' classes through every transformer (MonadThrow, MonadCatch,
-- MonadMask with bracket/finally/onException/generalBracket), the pure
-- CatchT and its instances, the Either/Maybe/list instances, Handler and
-- ExitCase, and mtl's classes at the base instances (Either, Maybe, (,),
-- functions) and through RWST.
import Control.Monad.Catch
import Control.Monad.Catch.Pure
import qualified Control.Monad.Except as E
import Control.Monad.Reader
import qualified Control.Monad.RWS.Lazy as RL
import qualified Control.Monad.RWS.Strict as RS
import qualified Control.Monad.State.Lazy as SL
import qualified Control.Monad.State.Strict as SS
import qualified Control.Monad.Writer.Lazy as WL
import qualified Control.Monad.Writer.Strict as WS
import Control.Monad.Trans.Identity
import Control.Monad.Trans.Maybe
import Control.Exception (ArithException (..), ErrorCall (..), ArrayException (..), getMaskingState)
import Control.DeepSeq
import Data.Foldable
import Data.Functor.Identity
import Data.IORef

data Boom = Boom String deriving Show
instance Exception Boom

-- a resource-safe step run through a stack: acquire, use, release in order
useResource :: (MonadMask m, MonadIO m) => IORef [String] -> String -> m a -> m (a, ())
useResource logRef name act =
  generalBracket
    (liftIO (modifyIORef logRef (("open " ++ name) :)) >> return name)
    (\n ec -> liftIO (modifyIORef logRef ((n ++ " closed: " ++ showCase ec) :)))
    (const act)
  where
    showCase (ExitCaseSuccess _) = "success"
    showCase (ExitCaseException e) = "exception " ++ show e
    showCase ExitCaseAbort = "abort"

tryAll :: (MonadCatch m) => m a -> m (Either SomeException a)
tryAll = try

main :: IO ()
main = do
  logRef <- newIORef []
  let say s = liftIO (modifyIORef logRef (s :))
  r1 <- SS.runStateT (useResource logRef "ss" (SS.modify (+ 1) >> SS.get)) (10 :: Int)
  r2 <- SL.runStateT (tryAll (useResource logRef "sl" (throwM (Boom "lazy") :: SL.StateT Int IO ()))) 0
  r3 <- runReaderT (useResource logRef "rd" (asks (* 2))) (21 :: Int)
  r4 <- WL.runWriterT (useResource logRef "wl" (WL.tell ["w"] >> return 'w'))
  r5 <- WS.runWriterT (try (useResource logRef "ws" (WS.tell ["x"] >> throwM (ErrorCall "ws"))) :: WS.WriterT [String] IO (Either ErrorCall ((), ())))
  r6 <- RL.runRWST (useResource logRef "rl" (RL.ask >>= \r -> RL.tell [r] >> RL.modify (+ r) >> RL.get)) 5 (1 :: Int)
  r7 <- RS.runRWST (useResource logRef "rs" (RS.ask >>= \r -> RS.tell [r] >> RS.put r)) (7 :: Int) (0 :: Int)
  r8 <- E.runExceptT (useResource logRef "ex" (E.throwError "aborted") :: E.ExceptT String IO ((), ()))
  r9 <- runMaybeT (useResource logRef "mb" (MaybeT (return Nothing)) :: MaybeT IO ((), ()))
  r10 <- runIdentityT (useResource logRef "id" (return 'i'))
  print (r1, r3, r4, r6, r7, r8, r9, r10)
  print (either show show (fst r2), snd r2, either show show (fst r5), snd r5)
  readIORef logRef >>= mapM_ putStrLn . reverse
  writeIORef logRef []
  -- bracket / finally / onException / mask through stacks
  x1 <- SS.execStateT (bracket (SS.modify (+ 1)) (\_ -> SS.modify (* 10)) (\_ -> SS.modify (+ 2))) (0 :: Int)
  x2 <- runReaderT (bracket_ (say "acquire") (say "release") (ask >>= \r -> say ("use " ++ r))) "env"
  x3 <- try (WL.runWriterT ((WL.tell "a" >> throwM (Boom "w")) `finally` say "finally ran")) :: IO (Either Boom ((), String))
  x4 <- try (runReaderT ((throwM DivideByZero :: ReaderT () IO ()) `onException` say "onException ran") ()) :: IO (Either ArithException ())
  x5 <- SS.runStateT (mask (\restore -> restore (SS.modify (+ 1)) >> getMaskingState')) (0 :: Int)
  x6 <- runReaderT (uninterruptibleMask_ (liftIO getMaskingState)) ()
  x7 <- SS.evalStateT (catches (throwM (Boom "c") >> return "none") [Handler (\(ErrorCall m) -> return m), Handler (\(Boom m) -> return ("boom " ++ m))]) ()
  x8 <- runReaderT (handle (\e -> return (show (e :: ArithException))) (throwM Overflow)) ()
  x9 <- WS.runWriterT (catchIf (\(Boom m) -> m == "yes") (throwM (Boom "yes")) (\_ -> WS.tell "caught" >> return 1))
  x10 <- runMaybeT (catchJust (\e -> if e == Underflow then Just () else Nothing) (throwM Underflow) (\_ -> return 'u'))
  x11 <- tryJust (\e -> case e of IndexOutOfBounds s -> Just s; _ -> Nothing) (throwM (IndexOutOfBounds "ix") :: IO ())
  x12 <- RL.evalRWST (handleIf (const True) (\(Boom m) -> return m) (throwM (Boom "rwsl"))) () () :: IO (String, String)
  x13 <- runIdentityT (handleAll (return . show) (throwM (Boom "all")))
  x14 <- SL.evalStateT (handleJust (\(Boom m) -> Just m) return (throwM (Boom "just"))) ()
  print (x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14)
  readIORef logRef >>= mapM_ putStrLn . reverse
  -- the pure CatchT
  let ct1 = throwM (Boom "pure") `catch` (\(Boom m) -> return (length m)) :: Catch Int
      ct2 = (throwM Overflow >> return 'x') `catch` (\e -> return (head (show (e :: ArithException)))) :: CatchT Maybe Char
      ct3 = generalBracket (return 1) (\a ec -> return (a, exitName ec)) (\a -> return (a + 1)) :: Catch (Int, (Int, String))
      ct4 = generalBracket (return 1) (\a ec -> return (a, exitName ec)) (\_ -> throwM (Boom "in")) :: Catch (Int, (Int, String))
      exitName :: ExitCase a -> String
      exitName ec = case ec of ExitCaseSuccess _ -> "ok"; ExitCaseException e -> show e; ExitCaseAbort -> "abort"
  print (either show show (runCatch ct1), runCatchT ct2 `seq` (), fmap (either show show) (runCatchT ct2), either show show (runCatch ct3), either show show (runCatch ct4))
  print (either show show (runCatch (mask (\r -> r (return 'm')) :: Catch Char)), either show show (runCatch (uninterruptibleMask_ (return 'n') :: Catch Char)))
  print (either show show (runCatch (fail "failed" :: Catch ())), either show show (runCatch (fmap (+ 1) (pure 1) <* pure () *> pure 3 :: Catch Int)))
  print (either show show (runCatch (mapM (\x -> if x > 2 then throwM (Boom (show x)) else return x) [1, 2, 3 :: Int])))
  let cl = CatchT [Right 1, Left (toException (Boom "l")), Right 2] :: CatchT [] Int
  print (fold (fmap show cl), foldMap show cl, foldMap' (: []) cl, foldr (:) [] cl, foldr' (+) 0 cl, foldl (-) 0 cl, foldl' (-) 0 cl, foldr1 (-) cl, foldl1 (-) cl)
  print (toList cl, null cl, length cl, elem 2 cl, maximum cl, minimum cl, sum cl, product cl)
  print (fmap (map (either show show) . runCatchT) (traverse (\x -> Just (x + 1)) cl), length (sequenceA (fmap (: [0]) cl)), length (mapM (\x -> [x]) cl), fmap length (sequence (fmap Just cl)))
  print (map (either show show) (runCatchT (cl >>= \x -> if x > 1 then throwM (Boom "big") else return (x * 10))), map (either show show) (runCatchT (cl >> return 'k')))
  print (map (either show show) (runCatchT (mapCatchT (map (fmap negate)) cl)), map (either show show) (runCatchT (lift [3, 4] :: CatchT [] Int)))
  -- Either, Maybe and list instances
  print (throwM (Boom "e") :: Either SomeException Int) `catch` \e -> putStrLn ("io caught " ++ show (e :: SomeException))
  print (either show show (catch (throwM (Boom "e1")) (\(Boom m) -> Right m) :: Either SomeException String))
  print (either show show (generalBracket (Right 1) (\_ _ -> Right ()) (\x -> Right (x + 1)) :: Either SomeException (Int, ())))
  print (either show show (uninterruptibleMask (\r -> r (Right 'q')) :: Either SomeException Char), either show show (mask_ (Left (toException (Boom "m"))) :: Either SomeException Char))
  print (throwM (Boom "m") :: Maybe Int, throwM (Boom "l") :: [Int])
  -- Handler and ExitCase
  let h = fmap length (Handler (\(ErrorCall m) -> return m)) :: Handler IO Int
  n <- catches (throwM (ErrorCall "abcd")) [h, 0 <$ Handler (\(Boom _) -> return ())]
  print n
  print (ExitCaseSuccess 'a', ExitCaseException (toException (Boom "x")) :: ExitCase Int, ExitCaseAbort :: ExitCase ())
  print (showsPrec 11 (ExitCaseSuccess (Just 1)) "", showList [ExitCaseSuccess 1, ExitCaseAbort] "", show (ExitCaseSuccess [()]))
  -- mtl classes at base instances
  print (E.throwError "x" :: Either String Int, E.catchError (Left "y") (\e -> Right (e ++ "!")) :: Either String String)
  print (E.throwError () :: Maybe Int, E.catchError Nothing (\() -> Just 'c'), E.catchError (Just 'd') (\() -> Nothing))
  print (E.runExcept (E.throwError "ex" `E.catchError` (\e -> return (length e))), E.runExcept (E.liftEither (Left 'l') :: E.Except Char ()))
  print (WL.listen ("ab", 1 :: Int), WL.pass (("cd", (2 :: Int, reverse))), WL.writer (3 :: Int, "ef") :: (String, Int), WL.tell "gh" :: (String, ()), WL.censor (map succ) ("ij", 'k'))
  print (runReader (local (+ 1) ask) 1, (local (* 2) (+ 1)) 5, (reader (* 3)) 4, asks negate 8, ask 9 :: Int)
  print (RL.runRWS (RL.local (+ 1) RL.ask >>= \r -> RL.state (\s -> (r + s, s * 2)) >>= RL.tell . (: [])) 1 2)
  print (RS.runRWS (RS.reader (* 2) >>= \r -> RS.modify' (+ r) >> RS.gets show >>= RS.tell) 3 4)
  print (RL.runRWS (RL.put 5 >> RL.local (* 2) (RL.asks show) >>= RL.tell >> RL.get) 7 (0 :: Int))
  print (RS.runRWS (RS.state (\s -> (s, s + 1)) >>= \a -> RS.local (+ a) RS.ask >>= \b -> RS.tell [b]) 10 (1 :: Int))
  -- deepseq's lifted classes
  print (rnf1 [Just 1, Nothing :: Maybe Int], rnf2 (Left 1 :: Either Int Char), rnf1 (Right 'x' :: Either () Char), rnf1 ('a', True), rnf1 ((), 'b', 3 :: Int), rnf1 ((), (), (), 'c'))
  print (rnf2 ('a', 'b'), rnf2 ((), 'a', 'b'), rnf2 ((), (), 'a', 'b'), rnf2 ((), (), (), 'a', 'b'), rnf2 ((), (), (), (), 'a', 'b'), rnf2 ((), (), (), (), (), 'a', 'b'))
  print (rnf2 ((), (), (), (), (), (), 'a', 'b'), rnf2 ((), (), (), (), (), (), (), 'a', 'b'), rnf1 ((), (), (), (), 'e'), liftRnf (`seq` ()) (Identity 'x'), liftRnf2 rnf rnf (1 :: Int, 'z'))
  print (force (Just [1, 2, 3 :: Int]), rwhnf 'x', [1, 2 :: Int] `deepseq` "ok", fmap length ((+ 1) <$!!> Just (4 :: Int) `seq` Just "ok2"))
  where
    getMaskingState' = liftIO getMaskingState
