-- transformers beyond the everyday: RWS (strict, lazy, CPS) and State/
-- Writer (strict) helpers, the lift* operations (callCC, catch, listen,
-- pass), MonadFail/MonadPlus/MonadFix/MonadIO instances, Accum, Select,
-- ListT and ErrorT, and Read/Ord/Traversable of the functor wrappers.
{-# OPTIONS_GHC -Wno-deprecations #-}
import qualified Control.Monad.Trans.RWS.Strict as RS
import qualified Control.Monad.Trans.RWS.Lazy as RL
import qualified Control.Monad.Trans.RWS.CPS as RC
import qualified Control.Monad.Trans.State.Strict as SS
import qualified Control.Monad.Trans.State.Lazy as SL
import qualified Control.Monad.Trans.Writer.Strict as WS
import qualified Control.Monad.Trans.Writer.Lazy as WL
import qualified Control.Monad.Trans.Writer.CPS as WC
import qualified Control.Monad.Trans.Accum as AC
import qualified Control.Monad.Trans.Select as SE
import qualified Control.Monad.Trans.List as LT
import qualified Control.Monad.Trans.Error as ER
import Control.Monad.Trans.Except hiding (liftCallCC, liftListen, liftPass)
import Control.Monad.Trans.Reader hiding (liftCallCC, liftCatch)
import Control.Monad.Trans.Identity
import qualified Control.Monad.Trans.Identity as I
import Control.Monad.Trans.Cont
import Control.Monad.Trans.Maybe hiding (liftCallCC, liftCatch, liftListen, liftPass)
import Control.Monad.Trans.Class (lift)
import Control.Monad.IO.Class (liftIO)
import Control.Monad
import Control.Monad.Fix
import Control.Applicative
import Data.Functor.Identity
import Data.Functor.Reverse
import Data.Functor.Constant
import Control.Applicative.Backwards
import Control.Applicative.Lift
import Data.Monoid (Sum (..))

main :: IO ()
main = do
  -- RWS.Strict
  let prog = do
        e <- RS.ask
        RS.tell [show e]
        RS.modify (+ e)
        g <- RS.gets (* 2)
        (_, w) <- RS.listens length (RS.tell ["x", "y"])
        RS.censor (map reverse) (RS.tell ["ab"])
        return (g, w)
  print (RS.runRWS prog 2 (1 :: Int), RS.evalRWS (prog' 5) 1 2, RS.execRWS (prog' 5) 1 2)
  r1 <- RS.runRWST (RS.mapRWST (fmap (\(a, s, w) -> (a * 10, s, w ++ [0]))) (prog' 3)) 1 1
  r2 <- RS.evalRWST (prog' 2) 0 0
  r3 <- RS.execRWST (prog' 2) 0 0
  print (r1, r2, r3)
  print (evalCont (RS.runRWST (callCC' (\k -> k 7 >> return 9)) () ()) :: (Int, (), ()), evalCont (RS.runRWST (RS.liftCallCC' callCC (\k -> RS.put 4 >> k 'c')) () 0) :: (Char, Int, ()))
  print (RS.runRWST (mzero `mplus` RS.tell "p" `mplus` RS.tell "q") () () :: Maybe ((), (), String))
  print (RS.runRWST (fail "bad" :: RS.RWST () String () Maybe ()) () (), RS.runRWS (mfix (\xs -> return (1 : take 3 xs))) () () :: ([Int], (), ()))
  (RS.runRWST (liftIO (putStrLn "rws io") >> lift (putStrLn "lifted")) () () :: IO ((), (), ())) >>= print
  print (runExcept (RS.runRWST (RS.liftCatch catchE (lift (throwE "oops")) (\e -> RS.tell [e])) () ()))
  print (evalCont (RS.runRWST (RS.liftCallCC callCC (\k -> k 1 >> return 2)) () ()) :: (Int, (), [()]))
  -- RWS.Lazy
  print (RL.runRWS (RL.modify (* 3) >> RL.gets show >>= \s -> RL.listens sum (RL.tell [length s]) >>= \r -> RL.censor (0 :) (RL.tell [9]) >> return r) () 14)
  print (RL.runRWST (mzero `mplus` return 'l') () () :: [(Char, (), ())], RL.runRWST (fail "f" :: RL.RWST () () () Maybe ()) () ())
  print (take 3 (fst3 (RL.runRWS (mfix (\xs -> return (0 : xs))) () () :: ([Int], (), ()))), RL.runRWST (RL.mapRWST (fmap (\(a, s, w) -> (not a, s, w))) (return True)) () () :: Maybe (Bool, (), ()))
  print (evalCont (RL.runRWST (RL.liftCallCC' callCC (\k -> k 5)) () ()) :: (Int, (), ()), evalCont (RL.runRWST (RL.liftCallCC callCC (\k -> k 'z')) () ()) :: (Char, (), ()))
  -- RWS.CPS
  print (RC.evalRWS (RC.tell "w" >> RC.asks (+ 1)) 1 (), RC.execRWS (RC.modify (+ 1) >> RC.tell [1 :: Int]) () 5)
  print (RC.evalRWST (RC.get) () 'e' :: Maybe (Char, ()), RC.execRWST (RC.put 'x') () 'e' :: Maybe (Char, ()), RC.runRWST (fail "no" :: RC.RWST () () () Maybe ()) () ())
  print (RC.runRWS (RC.mapRWS (\(a, s, w) -> (a + 1, s * 2, w ++ "!")) (RC.tell "a" >> return 1)) () 3)
  print (RC.runRWST (RC.mapRWST (fmap (\(a, s, w) -> (a, s, reverse w))) (RC.tell "abc")) () () :: Maybe ((), (), String))
  print (RC.runRWS (RC.pass (RC.tell "pass" >> return ('p', map succ))) () (), evalCont (RC.runRWST (RC.liftCallCC callCC (\k -> k ())) () ()) :: ((), (), ()))
  print (evalCont (RC.runRWST (RC.liftCallCC' callCC (\k -> RC.put 1 >> k 'k')) () (0 :: Int)) :: (Char, Int, ()))
  print (runExcept (RC.runRWST (RC.liftCatch catchE (lift (throwE 'e')) (\c -> return [c])) () ()) :: Either Char (String, (), ()))
  -- State.Strict and Lazy
  print (SS.evalStateT (SS.gets (+ 1)) 1 :: Maybe Int, SS.runState (SS.modify' (* 2) >> SS.modify (+ 1)) 5, SS.runState (SS.mapState (\(a, s) -> (show a, s + 1)) (return 3)) 0)
  print (SS.runState (SS.withState (* 10) SS.get) 2, SS.runStateT (SS.withStateT (+ 1) SS.get) 1 :: [(Int, Int)], SS.runStateT (SS.mapStateT (fmap (\(a, s) -> (a, s * 3))) SS.get) 2 :: Maybe (Int, Int))
  print (SS.runStateT (mzero `mplus` SS.put 3) 0 :: [((), Int)], SS.runStateT (fail "x" :: SS.StateT () Maybe ()) ())
  print (evalCont (SS.runStateT (SS.liftCallCC callCC (\k -> k 'a')) ()), evalCont (SS.runStateT (SS.liftCallCC' callCC (\k -> SS.put 9 >> k 'b')) 0))
  print (runExcept (SS.runStateT (SS.liftCatch catchE (SS.put 5 >> lift (throwE "s")) (\e -> SS.modify (+ 1) >> return e)) 0))
  print (SL.runState (SL.modify (+ 1) >> SL.modify' (* 2) >> SL.gets negate) 3, SL.runStateT (mzero `mplus` SL.get) 'q' :: [(Char, Char)])
  -- Writer
  print (WS.runWriter (WS.censor (map negate) (WS.tell [1, 2]) >> WS.listens sum (WS.tell [3])), WS.runWriter (WS.mapWriter (\(a, w) -> (a + 1, w ++ "m")) (WS.writer (1, "w"))))
  print (WS.runWriterT (mzero `mplus` WS.tell "p") :: [((), String)], WS.runWriterT (fail "f" :: WS.WriterT () Maybe ()), WS.runWriter (mfix (\xs -> WS.tell "w" >> return (1 : take 2 xs))))
  WS.runWriterT (liftIO (putStrLn "writer io") >> WS.tell "io") >>= print
  print (evalCont (WS.runWriterT (WS.liftCallCC callCC (\k -> WS.tell "yes" >> k 'c'))) :: (Char, String), runExcept (WS.runWriterT (WS.liftCatch catchE (lift (throwE 1)) (\e -> WS.tell [e]))) :: Either Int ((), [Int]))
  print (WL.execWriterT (WL.tell "lazy") :: Maybe String, WL.runWriterT (mzero `mplus` WL.tell "b") :: [((), String)], WL.runWriterT (fail "no" :: WL.WriterT () Maybe ()))
  print (WL.runWriter (mfix (\xs -> return (2 : take 2 xs)) :: WL.Writer () [Int]), read "WriterT (Identity (1,\"w\"))" :: WL.Writer String Int, traverse (\x -> [x, x + 1]) (WL.writer (1, "t") :: WL.Writer String Int))
  print (fmap WL.runWriter (traverse Just (WL.writer ('a', "x"))), sum (WL.writer (5, ()) :: WL.Writer () Int))
  print (WC.runWriter (WC.tell "cps" >> return 1), WC.runWriterT (fail "c" :: WC.WriterT () Maybe ()), evalCont (WC.runWriterT (WC.liftCallCC callCC (\k -> k 'k'))) :: (Char, ()))
  print (runExcept (WC.runWriterT (WC.liftCatch catchE (lift (throwE 'x')) (\c -> WC.tell [c]))) :: Either Char ((), String))
  -- Accum and Select
  print (AC.runAccum (AC.add "a" >> AC.look >>= \l -> AC.add "b" >> return l) "0", AC.runAccumT (fail "no" :: AC.AccumT String Maybe ()) "")
  print (evalCont (AC.runAccumT (AC.liftCallCC callCC (\k -> AC.add "x" >> k 'c')) ""), evalCont (AC.runAccumT (AC.liftCallCC' callCC (\k -> AC.add "y" >> k 'd')) ""))
  print (runExcept (AC.runAccumT (AC.liftCatch catchE (lift (throwE 'e')) (\c -> AC.add [c])) ""), AC.runAccumT (AC.mapAccumT (fmap (\(a, w) -> (a, w ++ "!"))) (AC.add "m")) "" :: Maybe ((), String))
  print (WS.runWriter (AC.runAccumT (AC.liftListen WS.listen (lift (WS.tell "L") >> AC.add "a")) ""), WS.runWriter (AC.runAccumT (AC.liftPass WS.pass (lift (WS.tell "P") >> return ((), reverse))) ""))
  print (SE.runSelect (SE.select (\k -> if k 3 > k 5 then 3 else 5 :: Int)) (\x -> x * x), SE.runSelectT (fail "s" :: SE.SelectT () Maybe ()) (const Nothing))
  print (SE.runSelectT (SE.mapSelectT (fmap (+ 1)) (SE.SelectT (const (Just 1)))) (const (Just ())) :: Maybe Int, evalCont (SE.selectToContT (SE.select (const 'z'))) )
  -- ListT and ErrorT (deprecated, still exported)
  print (LT.runListT (mzero `mplus` LT.ListT (Just [1, 2 :: Int])), LT.runListT (fail "l" :: LT.ListT Maybe ()), traverse (\x -> Just (x + 1)) (LT.ListT [[1, 2 :: Int]]) `seq` ())
  print (evalCont (LT.runListT (LT.liftCallCC callCC (\k -> k 'k'))), runExcept (LT.runListT (LT.liftCatch catchE (lift (throwE 'c')) (\c -> return c))))
  print (ER.runErrorT (ER.throwError "e" `ER.catchError` (\e -> return (e ++ "!"))) :: Maybe (Either String String), ER.strMsg "m" :: String, ER.noMsg :: String)
  print (Left "a" `mplus` (Right 1 :: Either String Int), mzero :: Either String Int, ER.runErrorT (mfix (\xs -> return (1 : take 2 xs))) :: Maybe (Either String [Int]))
  ER.runErrorT (liftIO (putStrLn "errort io") >> lift (return 'l') :: ER.ErrorT String IO Char) >>= print
  print (read "ErrorT (Just (Right 3))" :: ER.ErrorT String Maybe Int) `seq` return ()
  print (evalCont (ER.runErrorT (ER.liftCallCC callCC (\k -> k 'x'))) :: Either String Char, WS.runWriter (ER.runErrorT (ER.liftListen WS.listen (lift (WS.tell "l") >> return 'q'))) :: (Either String (Char, String), String))
  print (WS.runWriter (ER.runErrorT (ER.liftPass WS.pass (lift (WS.tell "ps") >> return ('p', map succ)))) :: (Either String Char, String), (ER.listMsg "q" :: String))
  -- other transformers' MonadFail/MonadPlus/MonadFix
  print (runReaderT (fail "r" :: ReaderT () Maybe ()) (), runReaderT (mzero `mplus` asks succ) 'a' :: [Char], take 2 (runReader (mfix (\xs -> return (3 : xs))) ()))
  print (runIdentityT (fail "i" :: IdentityT Maybe ()), runIdentityT (mzero `mplus` return 'i') :: [Char], take 2 (runIdentity (runIdentityT (mfix (\xs -> return (4 : xs))))))
  print ((evalCont (runIdentityT (I.liftCallCC callCC (\k -> k 'c'))) :: Char) `seq` (), runExceptT (fail "e" :: ExceptT () Maybe ()), fmap (take 2) (runExcept (mfix (\xs -> return (5 : xs)) :: Except () [Int])))
  print (evalContT (fail "c" :: ContT () Maybe ()), getReverse (fail "rev" :: Reverse Maybe ()), Reverse (Just 1) < Reverse (Just (2 :: Int)))
  print (read "Reverse (Just 'r')" :: Reverse Maybe Char, read "Backwards [1,2]" :: Backwards [] Int, read "Pure 3" :: Lift Maybe Int, read "Other (Just 4)" :: Lift Maybe Int)
  print (traverse (\x -> Just (x * 2)) (Backwards [1, 2, 3 :: Int]), traverse (\x -> [x]) (Pure 'p' :: Lift Maybe Char), traverse (\x -> Just x) (Other (Just 'o') :: Lift Maybe Char))
  print (Constant "a" <> Constant "b" :: Constant String (), mempty :: Constant [Int] Char, read "Constant 5" :: Constant Int Char)
  where
    prog' :: Monad m => Int -> RS.RWST Int [Int] Int m Int
    prog' n = do
      e <- RS.ask
      RS.modify (+ n)
      RS.tell [e, n]
      RS.gets (+ e)
    callCC' f = RS.liftCallCC' callCC f
    fst3 (a, _, _) = a
