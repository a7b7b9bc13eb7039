{-# OPTIONS_GHC -Wno-deprecations -fno-specialise #-}
{-# LANGUAGE ScopedTypeVariables, FlexibleContexts #-}
-- Library-style code generic in the base monad (as an mtl-style module
-- exports it, used from elsewhere at IO, Maybe and lists): each function is
-- written once over any Monad m (MonadPlus, MonadFix, MonadIO as needed)
-- and works through a transformer's instance methods with m's dictionary.
-- (-fno-specialise keeps GHC from copying them per use site, as it would
-- not across modules.)
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
import Control.Monad.Trans.Accum
import Control.Monad.Trans.Select
import Control.Monad.Trans.Cont
import qualified Control.Monad.Trans.RWS.CPS as RC
import qualified Control.Monad.Trans.RWS.Lazy as RL
import qualified Control.Monad.Trans.RWS.Strict as RS
import qualified Control.Monad.Trans.State.Lazy as SL
import qualified Control.Monad.Trans.State.Strict as SS
import qualified Control.Monad.Trans.Writer.CPS as WC
import qualified Control.Monad.Trans.Writer.Lazy as WL
import qualified Control.Monad.Trans.Writer.Strict as WS

-- every Functor/Applicative/Monad method once, in any monad t
{-# NOINLINE exercise #-}
exercise :: Monad t => t Int -> t (Int, Int, [Int])
exercise a = do
  x <- fmap (+ 1) a
  y <- liftA2 (+) a (pure 2)
  _ <- 0 <$ a
  z <- (a *> a) <* a
  w <- (,) <$> a <*> a
  a >> return (x, y, [z, fst w, snd w])

-- Alternative and MonadPlus
{-# NOINLINE alternatives #-}
alternatives :: MonadPlus t => t Int -> t [Int]
alternatives a = do
  x <- (empty <|> a) `mplus` mzero
  y <- optional (mzero :: MonadPlus t => t Int)
  return [x, maybe 0 id y]

-- MonadFail through a pattern, MonadFix through a knot
{-# NOINLINE patterns #-}
patterns :: MonadFail t => t (Maybe Int) -> t Int
patterns a = do
  Just x <- a
  return x

{-# NOINLINE knot #-}
knot :: MonadFix t => t Int -> t [Int]
knot a = mfix (\xs -> a >>= \h -> return (h : take 3 (map (* 2) xs)))

{-# NOINLINE io #-}
io :: MonadIO t => t Int
io = liftIO (return 42)

-- the generic stacks, each over an abstract base monad m
stS :: Monad m => m Int -> m ((Int, Int, [Int]), Int)
stS m = SS.runStateT (exercise (lift m >>= \v -> SS.state (\s -> (v + s, s + 1)))) 1
stL :: Monad m => m Int -> m ((Int, Int, [Int]), Int)
stL m = SL.runStateT (exercise (lift m >>= \v -> SL.state (\s -> (v * s, s + 2)))) 3
rd :: Monad m => m Int -> m (Int, Int, [Int])
rd m = runReaderT (exercise (lift m >>= \v -> asks (+ v))) 10
wl, ws, wc :: Monad m => m Int -> m ((Int, Int, [Int]), [Int])
wl m = WL.runWriterT (exercise (lift m >>= \v -> WL.writer (v, [v])))
ws m = WS.runWriterT (exercise (lift m >>= \v -> WS.writer (v, [v])))
wc m = WC.runWriterT (exercise (lift m >>= \v -> WC.writer (v, [v])))
rl, rs, rc :: Monad m => m Int -> m ((Int, Int, [Int]), Int, [Int])
rl m = RL.runRWST (exercise (lift m >>= \v -> RL.RWST (\r s -> return (v + r + s, s + 1, [s])))) 100 0
rs m = RS.runRWST (exercise (lift m >>= \v -> RS.RWST (\r s -> return (v + r + s, s + 1, [s])))) 100 0
rc m = RC.runRWST (exercise (lift m >>= \v -> RC.rwsT (\r s -> return (v + r + s, s + 1, [s])))) 100 0
ex :: Monad m => m Int -> m (Either String (Int, Int, [Int]))
ex m = runExceptT (exercise (lift m >>= \v -> if v > 50 then throwE "big" else return v))
er :: Monad m => m Int -> m (Either String (Int, Int, [Int]))
er m = runErrorT (exercise (lift m >>= \v -> if v > 50 then throwError "big" else return v))
mb :: Monad m => m Int -> m (Maybe (Int, Int, [Int]))
mb m = runMaybeT (exercise (lift m >>= \v -> if v > 50 then MaybeT (return Nothing) else return v))
idt :: Monad m => m Int -> m (Int, Int, [Int])
idt m = runIdentityT (exercise (lift m))
lt :: Monad m => m Int -> m [(Int, Int, [Int])]
lt m = runListT (exercise (lift m >>= \v -> ListT (return [v])))
ac :: Monad m => m Int -> m ((Int, Int, [Int]), String)
ac m = runAccumT (exercise (lift m >>= \v -> looks length >>= \n -> add "x" >> return (v + n))) "ab"
se :: Monad m => m Int -> m (Int, Int, [Int])
se m = runSelectT (exercise (lift m >>= \v -> SelectT (\k -> k v >> return v))) (\_ -> m)
co :: Monad m => m Int -> m (Int, Int, [Int])
co m = evalContT (exercise (lift m >>= \v -> callCC (\k -> when (v > 50) (k 0) >> return v)))

plusStacks :: forall m. MonadPlus m => m Int -> m [String]
plusStacks m = sequence
  [ show <$> SS.evalStateT (alternatives (lift m)) (),
    show <$> SL.evalStateT (alternatives (lift m)) (),
    show <$> runReaderT (alternatives (lift m)) (),
    show <$> WL.runWriterT (alternatives (lift m >>= \v -> WL.tell [v] >> return v)),
    show <$> WS.runWriterT (alternatives (lift m >>= \v -> WS.tell [v] >> return v)),
    show <$> WC.runWriterT (alternatives (lift m >>= \v -> WC.tell [v] >> return v)),
    show <$> (RL.runRWST (alternatives (lift m)) () () :: m ([Int], (), String)),
    show <$> (RS.runRWST (alternatives (lift m)) () () :: m ([Int], (), String)),
    show <$> RC.runRWST (alternatives (lift m) >>= \x -> RC.tell "w" >> return x) () (),
    show <$> runIdentityT (alternatives (lift m)),
    show <$> runExceptT (alternatives (lift m) :: ExceptT String m [Int]),
    show <$> runErrorT (alternatives (lift m) :: ErrorT String m [Int])
  ]

failStacks :: forall m. MonadFail m => m (Maybe Int) -> m [String]
failStacks m = sequence
  [ show <$> SS.evalStateT (patterns (lift m)) (),
    show <$> SL.evalStateT (patterns (lift m)) (),
    show <$> runReaderT (patterns (lift m)) (),
    show <$> WL.runWriterT (patterns (lift m) :: WL.WriterT String m Int),
    show <$> WS.runWriterT (patterns (lift m) :: WS.WriterT String m Int),
    show <$> WC.runWriterT (patterns (lift m) :: WC.WriterT String m Int),
    show <$> (RL.runRWST (patterns (lift m)) () () :: m (Int, (), String)),
    show <$> (RS.runRWST (patterns (lift m)) () () :: m (Int, (), String)),
    show <$> (RC.runRWST (patterns (lift m)) () () :: m (Int, (), String)),
    show <$> runIdentityT (patterns (lift m)),
    show <$> runMaybeT (patterns (lift m)),
    show <$> runListT (patterns (lift m)),
    show <$> runAccumT (patterns (lift m)) "",
    show <$> runSelectT (patterns (lift m)) (\_ -> return ()),
    show <$> evalContT (patterns (lift m))
  ]

fixStacks :: forall m. MonadFix m => m Int -> m [String]
fixStacks m = sequence
  [ show <$> SS.evalStateT (knot (lift m)) (),
    show <$> SL.evalStateT (knot (lift m)) (),
    show <$> runReaderT (knot (lift m)) (),
    show <$> WL.runWriterT (knot (lift m) :: WL.WriterT String m [Int]),
    show <$> WS.runWriterT (knot (lift m) :: WS.WriterT String m [Int]),
    show <$> (RL.runRWST (knot (lift m)) () () :: m ([Int], (), String)),
    show <$> (RS.runRWST (knot (lift m)) () () :: m ([Int], (), String)),
    show <$> runIdentityT (knot (lift m)),
    show <$> runMaybeT (knot (lift m)),
    show <$> runExceptT (knot (lift m) :: ExceptT () m [Int]),
    show <$> runErrorT (knot (lift m) :: ErrorT String m [Int]),
    show <$> runAccumT (knot (lift m)) ""
  ]

ioStacks :: forall m. MonadIO m => m [String]
ioStacks = sequence
  [ show <$> SS.evalStateT io (), show <$> SL.evalStateT io (), show <$> runReaderT io (),
    show <$> (WL.runWriterT io :: m (Int, String)), show <$> (WS.runWriterT io :: m (Int, String)), show <$> (WC.runWriterT io :: m (Int, String)),
    show <$> (RL.runRWST io () () :: m (Int, (), String)), show <$> (RS.runRWST io () () :: m (Int, (), String)), show <$> (RC.runRWST io () () :: m (Int, (), String)),
    show <$> runIdentityT io, show <$> runMaybeT io, show <$> runListT io, show <$> (runExceptT io :: m (Either () Int)), show <$> (runErrorT io :: m (Either String Int)),
    show <$> runAccumT io "", show <$> runSelectT io (\_ -> return ()), show <$> evalContT io
  ]

main :: IO ()
main = do
  let runAll :: (Monad m, Show (m String)) => String -> m Int -> IO ()
      runAll name m = do
        putStrLn ("-- " ++ name)
        print (fmap show (stS m)) >> print (fmap show (stL m)) >> print (fmap show (rd m))
        print (fmap show (wl m)) >> print (fmap show (ws m)) >> print (fmap show (wc m))
        print (fmap show (rl m)) >> print (fmap show (rs m)) >> print (fmap show (rc m))
        print (fmap show (ex m)) >> print (fmap show (er m)) >> print (fmap show (mb m))
        print (fmap show (idt m)) >> print (fmap show (lt m)) >> print (fmap show (ac m))
        print (fmap show (se m)) >> print (fmap show (co m))
  runAll "Maybe" (Just 7)
  runAll "list" [60]
  runAll "Either" (Right 3 :: Either String Int)
  mapM_ putStrLn =<< sequence [show <$> stS (return 5), show <$> rc (return 6), show <$> ex (return 70), show <$> lt (return 8)]
  print (plusStacks [3], plusStacks (Nothing :: Maybe Int), plusStacks (Just 4))
  print (failStacks [Just 1], failStacks [Nothing], failStacks (Just Nothing))
  print (fixStacks (Just 3), fixStacks [4])
  ioStacks >>= mapM_ putStrLn
  fixStacks (return 9) >>= mapM_ putStrLn
