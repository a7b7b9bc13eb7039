{-# OPTIONS_GHC -Wno-deprecations #-}
{-# LANGUAGE RecursiveDo #-}
-- Functor, Applicative, Alternative, Monad, MonadPlus, MonadFail, MonadFix
-- and MonadIO of every transformer over concrete inner monads ([], Maybe,
-- IO): interpreters, backtracking searches and logging stacks as users
-- write them, each method used at a known type.
import Control.Applicative
import Control.Monad
import Control.Monad.Fix
import Control.Monad.IO.Class
import Control.Monad.Trans.Class
import Control.Monad.Trans.Error
import Control.Monad.Trans.Except
import Control.Monad.Trans.Identity
import Control.Monad.Trans.List
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Reader
import qualified Control.Monad.Trans.RWS.CPS as RC
import qualified Control.Monad.Trans.RWS.Lazy as RL
import qualified Control.Monad.Trans.RWS.Strict as RS
import qualified Control.Monad.Trans.State.Lazy as SL
import qualified Control.Monad.Trans.State.Strict as SS
import qualified Control.Monad.Trans.Writer.CPS as WC
import qualified Control.Monad.Trans.Writer.Lazy as WL
import qualified Control.Monad.Trans.Writer.Strict as WS
import Control.Monad.Trans.Accum
import Control.Monad.Trans.Select
import Control.Monad.Trans.Cont
import Data.IORef

section :: String -> IO ()
section = putStrLn . ("-- " ++)

-- a lazy knot through mfix: a list whose tail refers to its own head
knot :: (MonadFix m) => (Int -> m Int) -> m [Int]
knot step = do
  rec xs <- fmap (\h -> h : take 3 (map (* 2) xs)) (step 1)
  return xs

main :: IO ()
main = do
  section "StateT strict over []"
  let pick = SS.StateT (\s -> [(x, s - x) | x <- [1 .. s]]) :: SS.StateT Int [] Int
  print (SS.runStateT (liftA2 (,) pick pick) 3)
  print (SS.runStateT (pick *> pick <* pick) 3, SS.runStateT (fmap (* 10) pick) 2, SS.runStateT (7 <$ pick) 2)
  print (SS.runStateT (pure 'p' :: SS.StateT Int [] Char) 0, SS.runStateT ((,) <$> pick <*> pick) 2)
  print (SS.runStateT (pick >>= \x -> if even x then return x else mzero) 4, SS.runStateT (pick >> pick) 2)
  print (SS.runStateT (empty <|> pick) 2, SS.runStateT (mplus pick (return 0)) 1, SS.runStateT (mzero :: SS.StateT Int [] Int) 1)
  print (SS.runStateT (do { 2 <- pick; return "two" }) 3, SS.runStateT (lift [5, 6] :: SS.StateT Int [] Int) 9)
  print (take 4 . fst <$> SS.runStateT (knot (\x -> SS.state (\s -> (x + s, s)))) 1 :: Maybe [Int])
  section "StateT lazy over Maybe"
  let tick = SL.StateT (\s -> if s > 5 then Nothing else Just (s, s + 1)) :: SL.StateT Int Maybe Int
  print (SL.runStateT (liftA2 (+) tick tick) 0, SL.runStateT (tick *> tick <* tick) 0, SL.runStateT ((+) <$> tick <*> tick) 4)
  print (SL.runStateT (pure 1 :: SL.StateT Int Maybe Int) 0, SL.runStateT (fmap show tick) 1, SL.runStateT (tick >>= \a -> tick >> return a) 2)
  print (SL.runStateT (tick <|> return 99) 9, SL.runStateT (empty :: SL.StateT Int Maybe Int) 0, SL.runStateT (mplus mzero tick) 3)
  print (SL.runStateT (do { Just y <- fmap Just tick; return y }) 1, SL.runStateT (fail "no" :: SL.StateT Int Maybe ()) 1)
  print (fmap (take 4 . fst) (SL.runStateT (knot (\x -> return (x + 1))) 0 :: Maybe ([Int], Int)))
  print (SL.runStateT (some (SL.StateT (\s -> if s > 3 then Nothing else Just (s, s + 1)))) 0)
  print (SL.runStateT (many (SL.StateT (\s -> if s > 2 then Nothing else Just (s, s + 1)))) 0)
  section "ReaderT over []"
  let env = ReaderT (\r -> [r, r + 1]) :: ReaderT Int [] Int
  print (runReaderT (liftA2 (*) env env) 1, runReaderT (env *> env <* env) 0, runReaderT ((,) <$> env <*> ask) 5)
  print (runReaderT (pure 3 :: ReaderT Int [] Int) 0, runReaderT (fmap negate env) 2, runReaderT ('x' <$ env) 2, runReaderT (return 'r' :: ReaderT Int [] Char) 0)
  print (runReaderT (env >>= \x -> local (+ x) env) 1, runReaderT (env >> asks show) 4)
  print (runReaderT (env <|> empty) 7, runReaderT (mplus env mzero) 1, runReaderT (do { 3 <- env; return "three" }) 2)
  print (fmap (take 4) (runReaderT (knot (\x -> ReaderT (\r -> Just (x + r)))) 10))
  section "WriterT lazy/strict/CPS"
  let w = WL.writer (1, "a") :: WL.WriterT String Maybe Int
      ws = WS.writer (2, "b") :: WS.WriterT String [] Int
      wc = WC.writer (3, "c") :: WC.WriterT String Maybe Int
  print (WL.runWriterT (liftA2 (+) w w), WL.runWriterT (w *> w <* w), WL.runWriterT ((+) <$> w <*> w), WL.runWriterT (fmap (* 2) w), WL.runWriterT (0 <$ w))
  print (WL.runWriterT (pure 0 :: WL.WriterT String Maybe Int), WL.runWriterT (w >>= \x -> WL.tell (show x) >> return x), WL.runWriterT (w >> w))
  print (WL.runWriterT (w <|> empty), WL.runWriterT (mplus mzero w), WL.runWriterT (fail "f" :: WL.WriterT String Maybe ()), WL.runWriterT (lift (Just 'l') :: WL.WriterT String Maybe Char))
  print (fmap (take 4 . fst) (WL.runWriterT (knot (\x -> WL.writer (x, "k"))) :: Maybe ([Int], String)))
  print (WS.runWriterT (liftA2 (+) ws ws), WS.runWriterT (ws *> ws <* ws), WS.runWriterT ((+) <$> ws <*> ws), WS.runWriterT (fmap (* 2) ws), WS.runWriterT (0 <$ ws))
  print (WS.runWriterT (pure 0 :: WS.WriterT String [] Int), WS.runWriterT (ws >>= \x -> WS.tell (show x) >> return x), WS.runWriterT (ws >> ws))
  print (WS.runWriterT (ws <|> empty <|> ws), WS.runWriterT (mplus mzero ws), WS.runWriterT (do { 3 <- ws; return () }), WS.runWriterT (lift "ab" :: WS.WriterT String [] Char))
  print (fmap (take 4 . fst) (WS.runWriterT (knot (\x -> WS.writer (x, "k")) :: WS.WriterT String Maybe [Int])))
  print (WC.runWriterT (liftA2 (+) wc wc), WC.runWriterT (wc *> wc <* wc), WC.runWriterT ((+) <$> wc <*> wc), WC.runWriterT (fmap (* 2) wc), WC.runWriterT (0 <$ wc))
  print (WC.runWriterT (pure 0 :: WC.WriterT String Maybe Int), WC.runWriterT (wc >>= \x -> WC.tell (show x) >> return x), WC.runWriterT (wc >> wc))
  print (WC.runWriterT (wc <|> empty), WC.runWriterT (mplus mzero wc), WC.runWriterT (fail "f" :: WC.WriterT String Maybe ()), WC.runWriterT (lift (Just 'l') :: WC.WriterT String Maybe Char))
  section "RWST lazy/strict/CPS"
  let rl = RL.RWST (\r s -> [(r + s, s + 1, [s])]) :: RL.RWST Int [Int] Int [] Int
      rs = RS.RWST (\r s -> Just (r * s, s * 2, [r])) :: RS.RWST Int [Int] Int Maybe Int
      rc = RC.rwsT (\r s -> Just (r - s, s + 3, [r, s])) :: RC.RWST Int [Int] Int Maybe Int
  print (RL.runRWST (liftA2 (+) rl rl) 1 1, RL.runRWST (rl *> rl <* rl) 1 1, RL.runRWST ((,) <$> rl <*> rl) 0 0, RL.runRWST (fmap (* 2) rl) 1 1, RL.runRWST (5 <$ rl) 0 0)
  print (RL.runRWST (pure 0 :: RL.RWST Int [Int] Int [] Int) 1 1, RL.runRWST (rl >>= \x -> RL.tell [x] >> RL.get) 2 3, RL.runRWST (rl >> rl) 1 2)
  print (RL.runRWST (rl <|> empty <|> rl) 0 0, RL.runRWST (mplus mzero rl) 1 1, RL.runRWST (do { 9 <- rl; return () }) 1 1, RL.runRWST (lift [1, 2] :: RL.RWST Int [Int] Int [] Int) 0 0)
  print (fmap (\(a, _, _) -> take 4 a) (RL.runRWST (knot (\x -> RL.asks (+ x))) 5 0 :: Maybe ([Int], Int, [Int])))
  print (RS.runRWST (liftA2 (+) rs rs) 1 1, RS.runRWST (rs *> rs <* rs) 2 1, RS.runRWST ((,) <$> rs <*> rs) 3 1, RS.runRWST (fmap (* 2) rs) 1 1, RS.runRWST (5 <$ rs) 0 0)
  print (RS.runRWST (pure 0 :: RS.RWST Int [Int] Int Maybe Int) 1 1, RS.runRWST (rs >>= \x -> RS.tell [x] >> RS.get) 2 3, RS.runRWST (rs >> rs) 1 2)
  print (RS.runRWST (rs <|> empty) 0 0, RS.runRWST (mplus mzero rs) 1 1, RS.runRWST (do { 9 <- rs; return () }) 1 1, RS.runRWST (lift Nothing :: RS.RWST Int [Int] Int Maybe Int) 0 0)
  print (fmap (\(a, _, _) -> take 4 a) (RS.runRWST (knot (\x -> RS.asks (+ x))) 5 0 :: Maybe ([Int], Int, [Int])))
  print (RC.runRWST (liftA2 (+) rc rc) 1 1, RC.runRWST (rc *> rc <* rc) 2 1, RC.runRWST ((,) <$> rc <*> rc) 3 1, RC.runRWST (fmap (* 2) rc) 1 1, RC.runRWST (5 <$ rc) 0 0)
  print (RC.runRWST (pure 0 :: RC.RWST Int [Int] Int Maybe Int) 1 1, RC.runRWST (rc >>= \x -> RC.tell [x] >> RC.get) 2 3, RC.runRWST (rc >> rc) 1 2)
  print (RC.runRWST (rc <|> empty) 0 0, RC.runRWST (mplus mzero rc) 1 1, RC.runRWST (do { 9 <- rc; return () }) 1 1, RC.runRWST (lift Nothing :: RC.RWST Int [Int] Int Maybe Int) 0 0)
  section "ExceptT / ErrorT / MaybeT / IdentityT / ListT over []"
  let ex = ExceptT [Right 1, Left "e", Right 2] :: ExceptT String [] Int
  print (runExceptT (liftA2 (+) ex ex), runExceptT (ex *> ex <* ex), runExceptT ((,) <$> ex <*> ex), runExceptT (fmap (* 2) ex), runExceptT (5 <$ ex))
  print (runExceptT (pure 0 :: ExceptT String [] Int), runExceptT (ex >>= \x -> if x > 1 then throwE "big" else return x), runExceptT (ex >> ex))
  print (runExceptT (ex <|> empty :: ExceptT String [] Int), runExceptT (mplus (ExceptT [Left "a"]) ex), runExceptT (mzero :: ExceptT String [] Int), runExceptT (do { 2 <- ex; return () }), runExceptT (lift "ab" :: ExceptT () [] Char))
  print (runExceptT (some (ExceptT [Left "stop"]) :: ExceptT String [] [Int]), runExceptT (many (ExceptT (Just (Left "stop"))) :: ExceptT String Maybe [Int]))
  print (fmap (fmap (take 4)) (runExceptT (knot (\x -> ExceptT (Just (Right (x + 1)))) :: ExceptT String Maybe [Int])))
  let er = ErrorT [Right 1, Left "e", Right 2] :: ErrorT String [] Int
  print (runErrorT (liftA2 (+) er er), runErrorT (er *> er <* er), runErrorT ((,) <$> er <*> er), runErrorT (fmap (* 2) er), runErrorT (5 <$ er))
  print (runErrorT (pure 0 :: ErrorT String [] Int), runErrorT (er >>= \x -> if x > 1 then throwError "big" else return x), runErrorT (er >> er))
  print (runErrorT (er <|> empty), runErrorT (mplus (ErrorT [Left "a"]) er), runErrorT (mzero :: ErrorT String [] Int), runErrorT (do { 2 <- er; return () }), runErrorT (lift "ab" :: ErrorT String [] Char))
  print (runErrorT (some (ErrorT [Left "stop"]) :: ErrorT String [] [Int]), runErrorT (many (ErrorT (Just (Left "stop"))) :: ErrorT String Maybe [Int]))
  print (runErrorT (er `catchError` (\m -> ErrorT [Right (length m)])), fmap (fmap (take 4)) (runErrorT (knot (\x -> ErrorT (Just (Right (x + 1)))) :: ErrorT String Maybe [Int])))
  let mt = MaybeT [Just 1, Nothing, Just 2] :: MaybeT [] Int
  print (runMaybeT (liftA2 (+) mt mt), runMaybeT (mt *> mt <* mt), runMaybeT ((,) <$> mt <*> mt), runMaybeT (fmap (* 2) mt), runMaybeT (5 <$ mt))
  print (runMaybeT (pure 0 :: MaybeT [] Int), runMaybeT (mt >>= \x -> if x > 1 then mzero else return x), runMaybeT (mt >> mt), runMaybeT (do { 2 <- mt; return () }))
  print (runMaybeT (mt <|> empty), runMaybeT (mplus (MaybeT [Nothing]) mt), runMaybeT (lift "ab" :: MaybeT [] Char), fmap (fmap (take 4)) (runMaybeT (knot (\x -> MaybeT (Just (Just (x * 3)))))))
  let it = IdentityT [1, 2] :: IdentityT [] Int
  print (runIdentityT (liftA2 (+) it it), runIdentityT (it *> it <* it), runIdentityT ((,) <$> it <*> it), runIdentityT (fmap (* 2) it), runIdentityT (5 <$ it))
  print (runIdentityT (pure 0 :: IdentityT [] Int), runIdentityT (it >>= \x -> IdentityT [x, x]), runIdentityT (it >> it), runIdentityT (do { 2 <- it; return () }))
  print (runIdentityT (it <|> empty), runIdentityT (mplus mzero it), runIdentityT (lift "ab" :: IdentityT [] Char), fmap (take 4) (runIdentityT (knot (\x -> IdentityT (Just (x + 7))))))
  print (runIdentityT (some (IdentityT Nothing) :: IdentityT Maybe [Int]), runIdentityT (many (IdentityT Nothing) :: IdentityT Maybe [Int]))
  let lt = ListT (Just [1, 2]) :: ListT Maybe Int
  print (runListT (liftA2 (+) lt lt), runListT (lt *> lt <* lt), runListT ((,) <$> lt <*> lt), runListT (fmap (* 2) lt), runListT (5 <$ lt))
  print (runListT (pure 0 :: ListT Maybe Int), runListT (lt >>= \x -> ListT (Just [x, -x])), runListT (lt >> lt), runListT (do { 2 <- lt; return () }))
  print (runListT (lt <|> empty <|> lt), runListT (mplus mzero lt), runListT (lift (Just 'c') :: ListT Maybe Char), runListT (mzero :: ListT Maybe Int))
  section "AccumT / SelectT / ContT"
  let ac = accum (\w -> (length w, "x")) :: Accum String Int
      act = AccumT (\w -> Just (length w, "y")) :: AccumT String Maybe Int
  print (runAccum (liftA2 (+) ac ac) "", runAccum (ac *> ac <* ac) "a", runAccum ((,) <$> ac <*> ac) "", runAccum (fmap (* 2) ac) "", runAccum (0 <$ ac) "")
  print (runAccumT (pure 0 :: AccumT String Maybe Int) "", runAccumT (act >>= \x -> add (show x) >> look) "z", runAccumT (act >> act) "", runAccumT (looks length :: AccumT String Maybe Int) "abc")
  print (runAccumT (do { 9 <- act; return () }) "", runAccumT (lift (Just 'l') :: AccumT String Maybe Char) "", evalAccumT act "q", execAccumT act "q")
  let sel = select (\k -> if k 3 > k 5 then 3 else 5) :: Select Int Int
      selT = SelectT (\k -> [x | x <- [1, 2, 3], sum (k x) > 2]) :: SelectT Int [] Int
  print (runSelect (liftA2 (+) sel sel) id, runSelect (sel *> sel <* sel) negate, runSelect ((,) <$> sel <*> sel) (const 0), runSelect (fmap (* 2) sel) id, runSelect (0 <$ sel) id)
  print (runSelectT (pure 0 :: SelectT Int [] Int) (const [1]), runSelectT (selT >>= \x -> return (x * 10)) (\x -> [x]), runSelectT (selT >> selT) (\x -> [x]))
  print (runSelectT (do { 3 <- selT; return 'y' }) (const [5]), runSelectT (lift [7, 8] :: SelectT Int [] Int) (const [0]), runSelectT (selT <|> empty) (\x -> [x + 2]), runSelectT (mplus mzero selT) (\x -> [x]))
  let ct = ContT (\k -> k 1 ++ k 2) :: ContT r [] Int
  print (evalContT (liftA2 (+) ct ct), evalContT (ct *> ct <* ct), evalContT ((,) <$> ct <*> ct), evalContT (fmap (* 2) ct), evalContT (0 <$ ct))
  print (evalContT (pure 0 :: ContT r [] Int), evalContT (ct >>= \x -> return (x * 3)), evalContT (ct >> ct), evalContT (callCC (\k -> ct >>= \x -> when (x > 1) (k 100) >> return x)))
  print (evalContT (do { 2 <- ct; return () } :: ContT () [] ()), evalContT (lift "ab" :: ContT r [] Char), evalCont (reset (shift (\k -> return (k (k 10))) >>= \x -> return (x + 1))))
  section "MonadIO stacks"
  ref <- newIORef (0 :: Int)
  let bump :: MonadIO m => m Int
      bump = liftIO (modifyIORef ref (+ 1) >> readIORef ref)
  a <- SS.evalStateT (liftA2 (,) bump SS.get) 'a'
  b <- SL.evalStateT bump ()
  c <- runReaderT bump ()
  d <- WL.runWriterT (bump >>= \x -> WL.tell [x])
  e <- WS.runWriterT (bump >>= \x -> WS.tell [x])
  f <- WC.runWriterT (bump >>= \x -> WC.tell [x])
  g <- RL.runRWST bump () () :: IO (Int, (), String)
  h <- RS.runRWST bump () () :: IO (Int, (), String)
  i <- RC.runRWST bump () () :: IO (Int, (), String)
  j <- runExceptT (bump :: ExceptT () IO Int)
  k <- runErrorT (bump :: ErrorT String IO Int)
  l <- runMaybeT bump
  m <- runIdentityT bump
  n <- runListT bump
  o <- runAccumT bump "w"
  p <- runSelectT bump (const (return ()))
  q <- evalContT bump
  print (a, b, c, d, e, f, g, h, i, j)
  print (k, l, m, n, o, p, q)
  r1 <- SS.execStateT (mfix (\xs -> return (1 : take 3 xs)) >>= SS.put) []
  r2 <- runReaderT (mfix (\xs -> return (2 : take 3 xs))) ()
  r3 <- runMaybeT (mfix (\xs -> return (3 : take 3 xs)))
  r4 <- runExceptT (mfix (\xs -> return (4 : take 3 xs)) :: ExceptT () IO [Int])
  r5 <- WL.runWriterT (mfix (\xs -> WL.tell "w" >> return (5 : take 3 xs)))
  r6 <- RS.runRWST (mfix (\xs -> RS.tell "w" >> return (6 : take 3 xs))) () ()
  print (r1, r2, r3, r4, r5, r6)
